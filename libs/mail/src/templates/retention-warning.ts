import { formatDate, type MailTemplate } from './template';

export interface RetentionWarningParams {
  name: string;
  roleTitle: string;
  organizationName: string;
  /** When the candidate's personal data is anonymised (ISO date-time). */
  anonymizeOn: string;
}

/**
 * Sent once, a week before retention anonymises a candidate's personal data. No link: by
 * then the candidate's own link has usually expired; the mail says what goes, when, and whom
 * to ask.
 */
export const retentionWarning: MailTemplate<RetentionWarningParams> = {
  link: 'none',
  render: {
    en: (p) => ({
      subject: `Your application data at ${p.organizationName} will be deleted on ${formatDate(p.anonymizeOn, 'en')}`,
      paragraphs: [
        `Hello ${p.name},`,
        `${p.organizationName} keeps the personal data of your application for ${p.roleTitle} ` +
          `until ${formatDate(p.anonymizeOn, 'en')}. On that day your name, email address and ` +
          'answers are deleted; only scores without your identity are kept, for statistics.',
        `If you want a copy of your data before then, or want it deleted now, contact ` +
          `${p.organizationName}. You do not need to do anything otherwise.`,
      ],
    }),
    nb: (p) => ({
      subject: `Søknadsdataene dine hos ${p.organizationName} slettes ${formatDate(p.anonymizeOn, 'nb')}`,
      paragraphs: [
        `Hei ${p.name},`,
        `${p.organizationName} oppbevarer personopplysningene fra søknaden din til ${p.roleTitle} ` +
          `til ${formatDate(p.anonymizeOn, 'nb')}. Den dagen slettes navnet ditt, e-postadressen ` +
          'din og svarene dine; bare poengsummer uten identitet beholdes, til statistikk.',
        `Hvis du vil ha en kopi av opplysningene før det, eller vil at de slettes nå, kan du ` +
          `kontakte ${p.organizationName}. Ellers trenger du ikke gjøre noe.`,
      ],
    }),
  },
};
