import { formatDate, LINK, type MailTemplate } from './template';

export interface CandidateLinkParams {
  name: string;
  roleTitle: string;
  organizationName: string;
  /** ISO time the link stops working. */
  expiresAt: string;
}

/** The candidate's private questionnaire link (sent on application, invitation and re-send). */
export const candidateLink: MailTemplate<CandidateLinkParams> = {
  link: 'candidate',
  render: {
    en: (p) => ({
      subject: `Your questionnaire for ${p.roleTitle} at ${p.organizationName}`,
      paragraphs: [
        `Hello ${p.name},`,
        `Thank you for your interest in the role ${p.roleTitle} at ${p.organizationName}. ` +
          'This is your private link to the questionnaire. You can stop at any time and come ' +
          'back with the same link; your answers are saved as you go.',
        LINK,
        `The link works until ${formatDate(p.expiresAt, 'en')}. Do not share it: anyone ` +
          'with the link can see and change your answers.',
        'If you did not ask for this, you can ignore this email.',
      ],
    }),
    nb: (p) => ({
      subject: `Spørreskjemaet ditt for ${p.roleTitle} hos ${p.organizationName}`,
      paragraphs: [
        `Hei ${p.name},`,
        `Takk for at du er interessert i stillingen ${p.roleTitle} hos ${p.organizationName}. ` +
          'Her er den personlige lenken din til spørreskjemaet. Du kan ta pause når som helst ' +
          'og fortsette med den samme lenken; svarene lagres underveis.',
        LINK,
        `Lenken virker til ${formatDate(p.expiresAt, 'nb')}. Ikke del den: alle som har ` +
          'lenken, kan se og endre svarene dine.',
        'Hvis du ikke har bedt om dette, kan du se bort fra denne e-posten.',
      ],
    }),
  },
};
