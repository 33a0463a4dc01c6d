/**
 * Every word of the public job page, in English and Norwegian bokmål. `{name}` placeholders
 * are filled by `format`. The page is rendered in the preview's own language.
 */
export const jobPageMessages = {
  en: {
    'jobPage.documentTitle': '{jobTitle} at {organization}',
    'jobPage.eyebrow': '{jobTitle} · {organization}',
    'jobPage.published': 'Published {date}',
    'jobPage.facts': 'About the job',
    'jobPage.location': 'Location',
    'jobPage.workplace': 'Workplace',
    'jobPage.remote.onsite': 'On site',
    'jobPage.remote.hybrid': 'Hybrid: office and home',
    'jobPage.remote.remote': 'Remote',
    'jobPage.skipToHardParts': 'Read the hard parts first',
    'jobPage.hardParts.title': 'The hard parts',
    'jobPage.hardParts.intro':
      'What people in this job find difficult. We tell you now, so you can decide with the whole picture.',
    'jobPage.typicalDay.title': 'A typical day',
    'jobPage.typicalDay.duration': '{hours} h {minutes} min',
    'jobPage.typicalDay.hours': '{hours} h',
    'jobPage.typicalDay.minutes': '{minutes} min',
    'jobPage.channel': 'Channel',
    'jobPage.channel.phone': 'Phone',
    'jobPage.channel.digital': 'Digital',
    'jobPage.channel.inPerson': 'In person',
    'jobPage.channel.internal': 'Internal',
    'jobPage.timeAllocation.title': 'Where the time goes',
    'jobPage.timeAllocation.caption': 'Share of working time per activity',
    'jobPage.demands.title': 'What the job asks of you',
    'jobPage.demands.requirements': 'Requirements',
    'jobPage.demands.requirementsIntro': 'Needed from the start.',
    'jobPage.demands.expectations': 'Expectations',
    'jobPage.demands.expectationsIntro': 'What we expect once you are in the job.',
    'jobPage.culture.title': 'How we work together',
    'jobPage.respond.title': 'Is this job for you?',
    'jobPage.respond.intro':
      'Tell us honestly — "not for me" is a useful answer too. It is anonymous.',
    'jobPage.react.interestedTitle': 'Sounds like you?',
    'jobPage.react.interested': 'I am interested',
    'jobPage.react.notForMe': 'Not for me',
    'jobPage.react.notForMeTitle': 'Not for you?',
    'jobPage.react.reasonLegend': 'What put you off? (optional)',
    'jobPage.react.reason.tasks': 'The tasks',
    'jobPage.react.reason.schedule': 'The schedule',
    'jobPage.react.reason.culture': 'The culture',
    'jobPage.react.reason.demands': 'The demands',
    'jobPage.react.reason.pay': 'The pay',
    'jobPage.react.reason.location': 'The location',
    'jobPage.react.reason.other': 'Something else',
    'jobPage.react.sendNotForMe': 'Send "not for me"',
    'jobPage.react.thanksInterested': 'Thank you! Glad it sounds right — you can apply below.',
    'jobPage.react.thanksNotForMe':
      'Thank you for telling us. Knowing why helps us describe the job honestly.',
    'jobPage.react.failed': 'That did not go through. Please try again.',
    'jobPage.apply.title': 'Apply',
    'jobPage.apply.intro':
      'Give us your name and email. We send you a private link to a short questionnaire about how you like to work.',
    'jobPage.apply.name': 'Your name',
    'jobPage.apply.email': 'Your email',
    'jobPage.apply.emailHint': 'The questionnaire link goes only to this address.',
    'jobPage.apply.privacyTitle': 'How {organization} handles your data',
    'jobPage.apply.privacyDefault':
      '{organization} keeps your name, email, your answers and the result of the questionnaire to assess your application for this job, and deletes them when the recruitment is over unless you agree to something else. You can ask for a copy of your data, have it corrected, or withdraw and have it deleted at any time from the link we send you.',
    'jobPage.apply.privacyAgree': 'By applying you confirm that you have read this notice.',
    'jobPage.apply.submit': 'Apply',
    'jobPage.apply.sending': 'Sending…',
    'jobPage.apply.sentTitle': 'Check your email',
    'jobPage.apply.sent':
      'We have sent a private link to {email}. It opens the questionnaire; you can stop and come back to it. Nothing there? Look in your spam folder.',
    'jobPage.apply.failed': 'Your application did not go through. Please try again.',
    'jobPage.apply.closed': 'This job is not taking applications right now.',
    'jobPage.apply.alreadyStarted':
      'You have already started the questionnaire for this job. Use the link in the email we sent you.',
    'jobPage.apply.tooMany':
      'Too many attempts from your network. Please wait a minute and try again.',
    'jobPage.apply.invalid': 'Please check the fields marked below.',
    'jobPage.apply.invalidNoScript':
      'Enter your name and an email address like name@example.com, then try again.',
    'jobPage.apply.nameMissing': 'Enter your name.',
    'jobPage.apply.emailInvalid': 'Enter an email address like name@example.com.',
    'jobPage.footer': 'A realistic job preview by {organization}, published with Rolefit.',
    'jobPage.notFound.documentTitle': 'Job not found',
    'jobPage.notFound.title': 'We could not find this job',
    'jobPage.notFound.body':
      'The link may be mistyped, or the job is no longer published. Check the address, or ask whoever sent you the link for a new one.',
    'jobPage.thanks.back': 'Back to the job',
  },
  nb: {
    'jobPage.documentTitle': '{jobTitle} hos {organization}',
    'jobPage.eyebrow': '{jobTitle} · {organization}',
    'jobPage.published': 'Publisert {date}',
    'jobPage.facts': 'Om jobben',
    'jobPage.location': 'Sted',
    'jobPage.workplace': 'Arbeidssted',
    'jobPage.remote.onsite': 'På kontoret',
    'jobPage.remote.hybrid': 'Hybrid: kontor og hjemme',
    'jobPage.remote.remote': 'Fjernarbeid',
    'jobPage.skipToHardParts': 'Les det krevende først',
    'jobPage.hardParts.title': 'Det som er krevende',
    'jobPage.hardParts.intro':
      'Dette synes folk i denne jobben er vanskelig. Vi sier det nå, så du kan bestemme deg med hele bildet.',
    'jobPage.typicalDay.title': 'En vanlig dag',
    'jobPage.typicalDay.duration': '{hours} t {minutes} min',
    'jobPage.typicalDay.hours': '{hours} t',
    'jobPage.typicalDay.minutes': '{minutes} min',
    'jobPage.channel': 'Kanal',
    'jobPage.channel.phone': 'Telefon',
    'jobPage.channel.digital': 'Digitalt',
    'jobPage.channel.inPerson': 'Ansikt til ansikt',
    'jobPage.channel.internal': 'Internt',
    'jobPage.timeAllocation.title': 'Hvor tiden går',
    'jobPage.timeAllocation.caption': 'Andel av arbeidstiden per aktivitet',
    'jobPage.demands.title': 'Hva jobben krever av deg',
    'jobPage.demands.requirements': 'Krav',
    'jobPage.demands.requirementsIntro': 'Nødvendig fra første dag.',
    'jobPage.demands.expectations': 'Forventninger',
    'jobPage.demands.expectationsIntro': 'Det vi forventer når du er i jobben.',
    'jobPage.culture.title': 'Slik jobber vi sammen',
    'jobPage.respond.title': 'Er denne jobben for deg?',
    'jobPage.respond.intro':
      'Svar ærlig — «ikke for meg» er også et nyttig svar. Svaret er anonymt.',
    'jobPage.react.interestedTitle': 'Høres det ut som deg?',
    'jobPage.react.interested': 'Jeg er interessert',
    'jobPage.react.notForMe': 'Ikke for meg',
    'jobPage.react.notForMeTitle': 'Ikke noe for deg?',
    'jobPage.react.reasonLegend': 'Hva gjorde at du takket nei? (valgfritt)',
    'jobPage.react.reason.tasks': 'Oppgavene',
    'jobPage.react.reason.schedule': 'Arbeidstiden',
    'jobPage.react.reason.culture': 'Kulturen',
    'jobPage.react.reason.demands': 'Kravene',
    'jobPage.react.reason.pay': 'Lønnen',
    'jobPage.react.reason.location': 'Stedet',
    'jobPage.react.reason.other': 'Noe annet',
    'jobPage.react.sendNotForMe': 'Send «ikke for meg»',
    'jobPage.react.thanksInterested': 'Takk! Fint at det høres riktig ut — du kan søke nedenfor.',
    'jobPage.react.thanksNotForMe':
      'Takk for at du sa ifra. Når vi vet hvorfor, kan vi beskrive jobben mer ærlig.',
    'jobPage.react.failed': 'Det gikk ikke gjennom. Prøv igjen.',
    'jobPage.apply.title': 'Søk',
    'jobPage.apply.intro':
      'Oppgi navn og e-post. Vi sender deg en privat lenke til et kort spørreskjema om hvordan du liker å jobbe.',
    'jobPage.apply.name': 'Navnet ditt',
    'jobPage.apply.email': 'E-postadressen din',
    'jobPage.apply.emailHint': 'Lenken til spørreskjemaet sendes bare til denne adressen.',
    'jobPage.apply.privacyTitle': 'Slik behandler {organization} opplysningene dine',
    'jobPage.apply.privacyDefault':
      '{organization} lagrer navnet ditt, e-postadressen, svarene dine og resultatet av spørreskjemaet for å vurdere søknaden din til denne jobben, og sletter dem når rekrutteringen er over hvis du ikke samtykker til noe annet. Du kan når som helst be om en kopi av opplysningene, få dem rettet, eller trekke deg og få dem slettet fra lenken vi sender deg.',
    'jobPage.apply.privacyAgree': 'Når du søker, bekrefter du at du har lest denne informasjonen.',
    'jobPage.apply.submit': 'Søk',
    'jobPage.apply.sending': 'Sender …',
    'jobPage.apply.sentTitle': 'Sjekk e-posten din',
    'jobPage.apply.sent':
      'Vi har sendt en privat lenke til {email}. Den åpner spørreskjemaet; du kan ta pauser og fortsette senere. Ser du den ikke? Sjekk søppelposten.',
    'jobPage.apply.failed': 'Søknaden gikk ikke gjennom. Prøv igjen.',
    'jobPage.apply.closed': 'Denne jobben tar ikke imot søknader akkurat nå.',
    'jobPage.apply.alreadyStarted':
      'Du har allerede begynt på spørreskjemaet for denne jobben. Bruk lenken i e-posten vi sendte deg.',
    'jobPage.apply.tooMany': 'For mange forsøk fra nettverket ditt. Vent et minutt og prøv igjen.',
    'jobPage.apply.invalid': 'Sjekk feltene som er merket nedenfor.',
    'jobPage.apply.invalidNoScript':
      'Skriv inn navnet ditt og en e-postadresse som navn@eksempel.no, og prøv igjen.',
    'jobPage.apply.nameMissing': 'Skriv inn navnet ditt.',
    'jobPage.apply.emailInvalid': 'Skriv inn en e-postadresse som navn@eksempel.no.',
    'jobPage.footer':
      'En realistisk stillingsbeskrivelse fra {organization}, publisert med Rolefit.',
    'jobPage.notFound.documentTitle': 'Fant ikke jobben',
    'jobPage.notFound.title': 'Vi fant ikke denne jobben',
    'jobPage.notFound.body':
      'Lenken kan være skrevet feil, eller jobben er ikke lenger publisert. Sjekk adressen, eller be den som sendte deg lenken om en ny.',
    'jobPage.thanks.back': 'Tilbake til jobben',
  },
} as const;

export type JobPageLocale = keyof typeof jobPageMessages;
export type JobPageMessageKey = keyof (typeof jobPageMessages)['en'];
export type Translate = (
  key: JobPageMessageKey,
  values?: Record<string, string | number>,
) => string;

export function translator(locale: JobPageLocale): Translate {
  const catalogue: Record<JobPageMessageKey, string> = jobPageMessages[locale];
  return (key, values) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      values && name in values ? String(values[name]) : whole,
    );
}
