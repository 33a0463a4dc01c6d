/**
 * The privacy notice an organisation starts with (version 1), until an admin writes its own.
 * Both languages, because the candidate reads it before applying or starting.
 */
export const DEFAULT_PRIVACY_NOTICE = {
  en:
    'We use your name, email address and answers only to assess your application for this job. ' +
    'A person at our company reviews every result and makes every decision; the score never ' +
    'decides on its own. We keep your data for the period our organisation has set (6 months ' +
    'unless stated otherwise) after your last activity, then remove your name, email and answers; ' +
    'anonymous scores are kept for statistics. From your private link you can download all data ' +
    'we hold about you, and withdraw at any time, which erases your personal data at once.',
  nb:
    'Vi bruker navnet ditt, e-postadressen og svarene dine bare til å vurdere søknaden din til ' +
    'denne stillingen. En person hos oss går gjennom hvert resultat og tar hver beslutning; ' +
    'poengsummen avgjør aldri alene. Vi beholder opplysningene i perioden organisasjonen vår har ' +
    'satt (6 måneder om ikke annet er oppgitt) etter siste aktivitet, og fjerner deretter navn, ' +
    'e-post og svar; anonyme poengsummer beholdes til statistikk. Fra din private lenke kan du ' +
    'laste ned alle opplysninger vi har om deg, og trekke deg når som helst, som sletter ' +
    'personopplysningene dine med en gang.',
} as const;
