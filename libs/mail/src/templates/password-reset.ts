import { LINK, type MailTemplate } from './template';

export interface PasswordResetParams {
  name: string;
  /** Minutes the link works. */
  validMinutes: number;
}

/** A one-time link to choose a new password (asked for on the sign-in page). */
export const passwordReset: MailTemplate<PasswordResetParams> = {
  link: 'password-reset',
  render: {
    en: (p) => ({
      subject: 'Reset your Rolefit password',
      paragraphs: [
        `Hello ${p.name},`,
        'Someone (we hope you) asked to reset the password of your Rolefit account. ' +
          'Choose a new password here:',
        LINK,
        `The link can be used once, within ${p.validMinutes} minutes. Choosing a new ` +
          'password signs you out everywhere. If you did not ask for this, ignore this email; ' +
          'your password stays as it is.',
      ],
    }),
    nb: (p) => ({
      subject: 'Tilbakestill passordet ditt i Rolefit',
      paragraphs: [
        `Hei ${p.name},`,
        'Noen (forhåpentligvis du) har bedt om å tilbakestille passordet til Rolefit-kontoen ' +
          'din. Velg et nytt passord her:',
        LINK,
        `Lenken kan brukes én gang, innen ${p.validMinutes} minutter. Et nytt passord logger ` +
          'deg ut overalt. Hvis du ikke har bedt om dette, kan du se bort fra e-posten; ' +
          'passordet ditt er uendret.',
      ],
    }),
  },
};
