import { defineMessages } from '../i18n/catalogue';

/** The candidate's questionnaire and result pages. */
export const candidateMessages = defineMessages(
  {
    'candidate.title': 'Your questionnaire',
    'candidate.loading': 'Opening your questionnaire…',
    'candidate.noToken.title': 'Open the link from your email',
    'candidate.noToken.body':
      'This page needs the personal link from the email you received. Open that email and follow its link; the whole link, including the part after #, is needed.',
    'candidate.gone.title': 'This link does not work any more',
    'candidate.gone.body':
      'The link may have expired, or it was replaced by a newer one. Look for the most recent email about this job, or ask the organisation that sent it for a new link.',
    'candidate.throttled.title': 'Please wait a moment',
    'candidate.throttled.body':
      'There have been many attempts from your connection. Wait a minute, then try again.',
    'candidate.unreachable.title': 'We cannot reach Rolefit right now',
    'candidate.unreachable.body':
      'Check your internet connection, then try again. Nothing you have answered is lost.',
    'candidate.tryAgain': 'Try again',
    'candidate.welcome.for': '{organization} · {job}',
    'candidate.welcome.intro':
      'This questionnaire is about how you like to work. There are no right or wrong answers: answer as you are, not as you think you should be.',
    'candidate.welcome.questions_one': '{count} question',
    'candidate.welcome.questions_other': '{count} questions',
    'candidate.welcome.minutes_one': 'about {count} minute',
    'candidate.welcome.minutes_other': 'about {count} minutes',
    'candidate.welcome.autosave':
      'Every answer is saved as you go. You can stop at any time and continue later from the same link.',
    'candidate.welcome.expires': 'The link works until {date}.',
    'candidate.welcome.requirements_one':
      'The first question is a requirement of the job: answer it honestly, it matters.',
    'candidate.welcome.requirements_other':
      'The first {count} questions are requirements of the job: answer them honestly, they matter.',
    'candidate.welcome.start': 'Start',
    'candidate.welcome.continue': 'Continue where you left off',
    'candidate.welcome.answered': 'You have answered {answered} of {total}.',
    'candidate.progress': 'Screen {step} of {steps}',
    'candidate.progress.answered': '{answered} of {total} answered',
    'candidate.step.knockouts': 'Requirements of the job',
    'candidate.step.knockoutsHint': 'Answer yes or no.',
    'candidate.step.likert': 'How well does each statement describe you?',
    'candidate.step.likertSection': 'Part {section} of {sections}',
    'candidate.step.choice': 'A situation',
    'candidate.step.choiceHint': 'What would you most likely do?',
    'candidate.yes': 'Yes',
    'candidate.no': 'No',
    'candidate.likert.1of5': 'Strongly disagree',
    'candidate.likert.2of5': 'Disagree',
    'candidate.likert.3of5': 'Neither agree nor disagree',
    'candidate.likert.4of5': 'Agree',
    'candidate.likert.5of5': 'Strongly agree',
    'candidate.likert.low': '{value} – disagree',
    'candidate.likert.high': '{value} – agree',
    'candidate.back': 'Back',
    'candidate.next': 'Next',
    'candidate.toReview': 'Check your answers',
    'candidate.unansweredOnStep_one': '{count} question on this screen has no answer yet.',
    'candidate.unansweredOnStep_other': '{count} questions on this screen have no answer yet.',
    'candidate.save.idle': 'Your answers are saved as you go.',
    'candidate.save.saving': 'Saving…',
    'candidate.save.saved': 'All answers saved.',
    'candidate.save.offline':
      'You are offline. Your answers are kept on this device and sent when you are back online.',
    'candidate.save.failed': 'Your last answer was not saved.',
    'candidate.save.retry': 'Retry saving',
    'candidate.review.title': 'Check your answers',
    'candidate.review.intro':
      'Change anything you like before you send. After sending, answers cannot be changed.',
    'candidate.review.change': 'Change',
    'candidate.review.changeLabel': 'Change your answer to: {question}',
    'candidate.review.notAnswered': 'Not answered',
    'candidate.review.missing_one': '{count} question has no answer yet',
    'candidate.review.missing_other': '{count} questions have no answer yet',
    'candidate.review.missingHint': 'Answer every question before you send.',
    'candidate.review.submit': 'Send my answers',
    'candidate.review.submitting': 'Sending…',
    'candidate.review.submitFailed':
      'Your answers could not be sent. Check your connection and try again.',
    'candidate.review.unsaved':
      'Some answers are not saved yet. Go back online, then send your answers.',
    'candidate.done.title': 'Thank you — your answers are sent',
    'candidate.done.received': 'Received on {date}.',
    'candidate.done.next':
      '{organization} will read your answers together with your application. They will contact you by email about the next step.',
    'candidate.done.onlyOnce':
      'Your answers have been sent, so this questionnaire cannot be answered again.',
    'candidate.done.profile': 'See what your answers say about you',
    'candidate.done.aboutResults': 'About your results',
    'candidate.privacy.title': 'How {organization} handles your data',
    'candidate.privacy.agree': 'By starting you confirm that you have read this notice.',
    'candidate.rights.title': 'Your data',
    'candidate.rights.intro':
      'From this link you can download everything {organization} holds about you, or withdraw your application.',
    'candidate.rights.download': 'Download my data',
    'candidate.rights.withdraw': 'Withdraw my application',
    'candidate.rights.downloading': 'Preparing your data…',
    'candidate.rights.downloaded': 'Your data was downloaded as {file}.',
    'candidate.rights.downloadFailed':
      'Your data could not be downloaded. Check your connection and try again.',
    'candidate.result.loading': 'Opening your result…',
    'candidate.result.title': 'What your answers say about you',
    'candidate.result.intro':
      'This describes only your own answers, in words. It is not a decision: a person at {organization} reads your application and decides.',
    'candidate.result.strengthsTitle': 'Your strengths',
    'candidate.result.noStrengths':
      'No area stood out clearly as a strength in your answers. That describes how you answered today, not what you can learn.',
    'candidate.result.asksMoreTitle': 'What the role asks more of',
    'candidate.result.asksMoreIntro': 'The role asks more of these than your answers show:',
    'candidate.result.asksMoreOne': 'The role asks more of this than your answers show.',
    'candidate.result.asksMoreNone':
      'In no area does the role ask clearly more than your answers show.',
    'candidate.result.profileTitle': 'Area by area',
    'candidate.result.band': 'Your level: {band}',
    'candidate.result.nextTitle': 'What happens next',
    'candidate.result.decision':
      'Your answers are one part of your application. People at {organization} make every decision, and you can ask them how your answers were used.',
    'candidate.result.back': 'Back to your confirmation',
    'candidate.result.notSharedTitle': 'Your answers are with the organisation',
    'candidate.result.notShared':
      '{organization} does not show candidates their results from this questionnaire. That is their choice for everyone, and it says nothing about your answers.',
    'candidate.withdraw.title': 'Withdraw your application',
    'candidate.withdraw.intro': 'If you withdraw, this is what happens straight away:',
    'candidate.withdraw.stage':
      'Your application is marked as withdrawn, and nobody will assess it further.',
    'candidate.withdraw.erased':
      'Your name, email address and answers are erased at once. This cannot be undone.',
    'candidate.withdraw.kept':
      'Your scores are kept without your name or email, only so that statistics about the questionnaire stay correct. Nobody can connect them to you.',
    'candidate.withdraw.link': 'This link stops working.',
    'candidate.withdraw.downloadFirst':
      'If you want a copy of your data, download it before you withdraw.',
    'candidate.withdraw.confirm': 'Yes, withdraw my application',
    'candidate.withdraw.working': 'Withdrawing…',
    'candidate.withdraw.cancel': 'No, keep my application',
    'candidate.withdraw.failed':
      'Your application could not be withdrawn. Check your connection and try again.',
    'candidate.withdraw.failedGone':
      'This link does not work any more, so the application cannot be withdrawn from here. Ask the organisation that sent it.',
    'candidate.withdraw.doneTitle': 'Your application is withdrawn',
    'candidate.withdraw.receiptTitle': 'Receipt',
    'candidate.withdraw.receiptWhat': 'You withdrew your application for {job} at {organization}.',
    'candidate.withdraw.receiptWhen': 'Withdrawn',
    'candidate.withdraw.receiptReference': 'Reference',
    'candidate.withdraw.receiptErased': 'Your name, email address and answers have been erased.',
    'candidate.withdraw.receiptKept':
      'Your scores are kept without your name or email, only for statistics about the questionnaire.',
    'candidate.withdraw.receiptKeep':
      'Keep the reference if you want to ask the organisation about this. This link no longer works.',
    'candidate.withdrawn.title': 'You have withdrawn this application',
    'candidate.withdrawn.when': 'Withdrawn on {date}.',
    'candidate.withdrawn.body':
      'Your personal data was erased and this link no longer works. Nothing more will happen with this application.',
    'candidate.withdrawn.again': 'If you change your mind, you are welcome to apply again.',
  },
  {
    'candidate.title': 'Spørreskjemaet ditt',
    'candidate.loading': 'Åpner spørreskjemaet …',
    'candidate.noToken.title': 'Åpne lenken fra e-posten',
    'candidate.noToken.body':
      'Denne siden trenger den personlige lenken fra e-posten du fikk. Åpne e-posten og følg lenken; hele lenken trengs, også delen etter #.',
    'candidate.gone.title': 'Denne lenken virker ikke lenger',
    'candidate.gone.body':
      'Lenken kan ha utløpt, eller den er erstattet av en nyere. Se etter den nyeste e-posten om denne stillingen, eller be organisasjonen som sendte den om en ny lenke.',
    'candidate.throttled.title': 'Vent litt',
    'candidate.throttled.body':
      'Det har vært mange forsøk fra tilkoblingen din. Vent et minutt, og prøv igjen.',
    'candidate.unreachable.title': 'Vi får ikke kontakt med Rolefit nå',
    'candidate.unreachable.body':
      'Sjekk internettforbindelsen, og prøv igjen. Ingenting du har svart, går tapt.',
    'candidate.tryAgain': 'Prøv igjen',
    'candidate.welcome.for': '{organization} · {job}',
    'candidate.welcome.intro':
      'Dette spørreskjemaet handler om hvordan du liker å jobbe. Det finnes ingen riktige eller gale svar: svar slik du er, ikke slik du tror du bør være.',
    'candidate.welcome.questions_one': '{count} spørsmål',
    'candidate.welcome.questions_other': '{count} spørsmål',
    'candidate.welcome.minutes_one': 'omtrent {count} minutt',
    'candidate.welcome.minutes_other': 'omtrent {count} minutter',
    'candidate.welcome.autosave':
      'Hvert svar lagres underveis. Du kan stoppe når du vil og fortsette senere fra den samme lenken.',
    'candidate.welcome.expires': 'Lenken virker til {date}.',
    'candidate.welcome.requirements_one':
      'Det første spørsmålet er et krav i stillingen: svar ærlig, det betyr noe.',
    'candidate.welcome.requirements_other':
      'De {count} første spørsmålene er krav i stillingen: svar ærlig, de betyr noe.',
    'candidate.welcome.start': 'Start',
    'candidate.welcome.continue': 'Fortsett der du slapp',
    'candidate.welcome.answered': 'Du har svart på {answered} av {total}.',
    'candidate.progress': 'Skjerm {step} av {steps}',
    'candidate.progress.answered': '{answered} av {total} besvart',
    'candidate.step.knockouts': 'Krav i stillingen',
    'candidate.step.knockoutsHint': 'Svar ja eller nei.',
    'candidate.step.likert': 'Hvor godt beskriver hver påstand deg?',
    'candidate.step.likertSection': 'Del {section} av {sections}',
    'candidate.step.choice': 'En situasjon',
    'candidate.step.choiceHint': 'Hva ville du mest sannsynlig gjort?',
    'candidate.yes': 'Ja',
    'candidate.no': 'Nei',
    'candidate.likert.1of5': 'Svært uenig',
    'candidate.likert.2of5': 'Uenig',
    'candidate.likert.3of5': 'Verken enig eller uenig',
    'candidate.likert.4of5': 'Enig',
    'candidate.likert.5of5': 'Svært enig',
    'candidate.likert.low': '{value} – uenig',
    'candidate.likert.high': '{value} – enig',
    'candidate.back': 'Tilbake',
    'candidate.next': 'Neste',
    'candidate.toReview': 'Se over svarene',
    'candidate.unansweredOnStep_one': '{count} spørsmål på denne skjermen er ikke besvart ennå.',
    'candidate.unansweredOnStep_other': '{count} spørsmål på denne skjermen er ikke besvart ennå.',
    'candidate.save.idle': 'Svarene dine lagres underveis.',
    'candidate.save.saving': 'Lagrer …',
    'candidate.save.saved': 'Alle svar er lagret.',
    'candidate.save.offline':
      'Du er frakoblet. Svarene dine tas vare på på denne enheten og sendes når du er på nett igjen.',
    'candidate.save.failed': 'Det siste svaret ditt ble ikke lagret.',
    'candidate.save.retry': 'Prøv å lagre igjen',
    'candidate.review.title': 'Se over svarene',
    'candidate.review.intro':
      'Endre det du vil før du sender. Etter at du har sendt, kan svarene ikke endres.',
    'candidate.review.change': 'Endre',
    'candidate.review.changeLabel': 'Endre svaret på: {question}',
    'candidate.review.notAnswered': 'Ikke besvart',
    'candidate.review.missing_one': '{count} spørsmål er ikke besvart ennå',
    'candidate.review.missing_other': '{count} spørsmål er ikke besvart ennå',
    'candidate.review.missingHint': 'Svar på alle spørsmålene før du sender.',
    'candidate.review.submit': 'Send svarene mine',
    'candidate.review.submitting': 'Sender …',
    'candidate.review.submitFailed':
      'Svarene kunne ikke sendes. Sjekk tilkoblingen, og prøv igjen.',
    'candidate.review.unsaved':
      'Noen svar er ikke lagret ennå. Koble til internett igjen, og send så svarene.',
    'candidate.done.title': 'Takk – svarene dine er sendt',
    'candidate.done.received': 'Mottatt {date}.',
    'candidate.done.next':
      '{organization} leser svarene dine sammen med søknaden din. De kontakter deg på e-post om neste steg.',
    'candidate.done.onlyOnce':
      'Svarene dine er sendt, så dette spørreskjemaet kan ikke besvares på nytt.',
    'candidate.done.profile': 'Se hva svarene dine sier om deg',
    'candidate.done.aboutResults': 'Om resultatene dine',
    'candidate.privacy.title': 'Slik behandler {organization} opplysningene dine',
    'candidate.privacy.agree': 'Når du starter, bekrefter du at du har lest denne informasjonen.',
    'candidate.rights.title': 'Dine opplysninger',
    'candidate.rights.intro':
      'Fra denne lenken kan du laste ned alt {organization} har lagret om deg, eller trekke søknaden din.',
    'candidate.rights.download': 'Last ned opplysningene mine',
    'candidate.rights.withdraw': 'Trekk søknaden min',
    'candidate.rights.downloading': 'Gjør klar opplysningene dine …',
    'candidate.rights.downloaded': 'Opplysningene dine ble lastet ned som {file}.',
    'candidate.rights.downloadFailed':
      'Opplysningene kunne ikke lastes ned. Sjekk tilkoblingen, og prøv igjen.',
    'candidate.result.loading': 'Åpner resultatet ditt …',
    'candidate.result.title': 'Hva svarene dine sier om deg',
    'candidate.result.intro':
      'Dette beskriver bare dine egne svar, med ord. Det er ingen avgjørelse: en person hos {organization} leser søknaden din og bestemmer.',
    'candidate.result.strengthsTitle': 'Dine styrker',
    'candidate.result.noStrengths':
      'Ingen områder skilte seg tydelig ut som en styrke i svarene dine. Det beskriver hvordan du svarte i dag, ikke hva du kan lære.',
    'candidate.result.asksMoreTitle': 'Hva stillingen krever mer av',
    'candidate.result.asksMoreIntro': 'Stillingen krever mer av dette enn svarene dine viser:',
    'candidate.result.asksMoreOne': 'Stillingen krever mer av dette enn svarene dine viser.',
    'candidate.result.asksMoreNone':
      'Det er ingen områder der stillingen krever tydelig mer enn svarene dine viser.',
    'candidate.result.profileTitle': 'Område for område',
    'candidate.result.band': 'Ditt nivå: {band}',
    'candidate.result.nextTitle': 'Hva skjer nå',
    'candidate.result.decision':
      'Svarene dine er én del av søknaden. Det er personer hos {organization} som tar alle avgjørelser, og du kan spørre dem hvordan svarene dine ble brukt.',
    'candidate.result.back': 'Tilbake til bekreftelsen',
    'candidate.result.notSharedTitle': 'Svarene dine er hos arbeidsgiveren',
    'candidate.result.notShared':
      '{organization} viser ikke kandidater resultatene fra dette spørreskjemaet. Det gjelder alle, og det sier ingenting om svarene dine.',
    'candidate.withdraw.title': 'Trekk søknaden din',
    'candidate.withdraw.intro': 'Hvis du trekker søknaden, skjer dette med en gang:',
    'candidate.withdraw.stage':
      'Søknaden din blir markert som trukket, og ingen vurderer den videre.',
    'candidate.withdraw.erased':
      'Navnet, e-postadressen og svarene dine slettes med en gang. Dette kan ikke angres.',
    'candidate.withdraw.kept':
      'Poengene dine beholdes uten navn eller e-post, bare slik at statistikken om spørreskjemaet blir riktig. Ingen kan koble dem til deg.',
    'candidate.withdraw.link': 'Denne lenken slutter å virke.',
    'candidate.withdraw.downloadFirst':
      'Vil du ha en kopi av opplysningene dine, last dem ned før du trekker søknaden.',
    'candidate.withdraw.confirm': 'Ja, trekk søknaden min',
    'candidate.withdraw.working': 'Trekker søknaden …',
    'candidate.withdraw.cancel': 'Nei, behold søknaden',
    'candidate.withdraw.failed': 'Søknaden kunne ikke trekkes. Sjekk tilkoblingen, og prøv igjen.',
    'candidate.withdraw.failedGone':
      'Denne lenken virker ikke lenger, så søknaden kan ikke trekkes herfra. Spør arbeidsgiveren som sendte den.',
    'candidate.withdraw.doneTitle': 'Søknaden din er trukket',
    'candidate.withdraw.receiptTitle': 'Kvittering',
    'candidate.withdraw.receiptWhat': 'Du trakk søknaden din på {job} hos {organization}.',
    'candidate.withdraw.receiptWhen': 'Trukket',
    'candidate.withdraw.receiptReference': 'Referanse',
    'candidate.withdraw.receiptErased': 'Navnet, e-postadressen og svarene dine er slettet.',
    'candidate.withdraw.receiptKept':
      'Poengene dine beholdes uten navn eller e-post, bare til statistikk om spørreskjemaet.',
    'candidate.withdraw.receiptKeep':
      'Ta vare på referansen hvis du vil spørre arbeidsgiveren om dette. Denne lenken virker ikke lenger.',
    'candidate.withdrawn.title': 'Du har trukket denne søknaden',
    'candidate.withdrawn.when': 'Trukket {date}.',
    'candidate.withdrawn.body':
      'Personopplysningene dine er slettet, og denne lenken virker ikke lenger. Det skjer ikke noe mer med denne søknaden.',
    'candidate.withdrawn.again': 'Hvis du ombestemmer deg, er du velkommen til å søke igjen.',
  },
);
