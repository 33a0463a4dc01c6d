import { formatDate, LINK, type MailTemplate } from './template';
import type { CandidateLinkParams } from './candidate-link';

/** Sent once, shortly before an unfinished candidate's link expires. */
export const candidateReminder: MailTemplate<CandidateLinkParams> = {
  link: 'candidate',
  render: {
    en: (p) => ({
      subject: `Reminder: your questionnaire for ${p.roleTitle} closes soon`,
      paragraphs: [
        `Hello ${p.name},`,
        `You have not yet submitted the questionnaire for ${p.roleTitle} at ` +
          `${p.organizationName}. Your link works until ${formatDate(p.expiresAt, 'en')}; ` +
          'answers you already gave are saved.',
        LINK,
        'If you are no longer interested, you can ignore this email.',
      ],
    }),
    nb: (p) => ({
      subject: `Påminnelse: spørreskjemaet for ${p.roleTitle} stenger snart`,
      paragraphs: [
        `Hei ${p.name},`,
        `Du har ikke sendt inn spørreskjemaet for ${p.roleTitle} hos ${p.organizationName} ` +
          `ennå. Lenken din virker til ${formatDate(p.expiresAt, 'nb')}; svarene du allerede ` +
          'har gitt, er lagret.',
        LINK,
        'Hvis du ikke lenger er interessert, kan du se bort fra denne e-posten.',
      ],
    }),
  },
};
