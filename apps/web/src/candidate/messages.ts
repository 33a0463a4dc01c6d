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
    'candidate.privacy.title': 'How {organization} handles your data',
    'candidate.privacy.agree': 'By starting you confirm that you have read this notice.',
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
    'candidate.privacy.title': 'Slik behandler {organization} opplysningene dine',
    'candidate.privacy.agree': 'Når du starter, bekrefter du at du har lest denne informasjonen.',
  },
);
