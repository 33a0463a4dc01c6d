import { formatDate, LINK, type MailTemplate } from './template';

export interface StaffInvitationParams {
  name: string;
  organizationName: string;
  invitedBy: string;
  role: string;
  expiresAt: string;
}

const ROLE_NB: Record<string, string> = {
  admin: 'administrator',
  recruiter: 'rekrutterer',
  manager: 'leder',
};

/** An invitation to a staff account: the person sets their own password through the link. */
export const staffInvitation: MailTemplate<StaffInvitationParams> = {
  link: 'invitation',
  render: {
    en: (p) => ({
      subject: `${p.invitedBy} invited you to ${p.organizationName} on Rolefit`,
      paragraphs: [
        `Hello ${p.name},`,
        `${p.invitedBy} invited you to join ${p.organizationName} on Rolefit as ${p.role}. ` +
          'Choose your password here to activate your account:',
        LINK,
        `The link can be used once, until ${formatDate(p.expiresAt, 'en')}. If you did not ` +
          'expect this invitation, you can ignore this email.',
      ],
    }),
    nb: (p) => ({
      subject: `${p.invitedBy} har invitert deg til ${p.organizationName} i Rolefit`,
      paragraphs: [
        `Hei ${p.name},`,
        `${p.invitedBy} har invitert deg til ${p.organizationName} i Rolefit som ` +
          `${ROLE_NB[p.role] ?? p.role}. Velg passordet ditt her for å ta kontoen i bruk:`,
        LINK,
        `Lenken kan brukes én gang, til ${formatDate(p.expiresAt, 'nb')}. Hvis du ikke ` +
          'ventet denne invitasjonen, kan du se bort fra denne e-posten.',
      ],
    }),
  },
};
