import { candidateLink, type CandidateLinkParams } from './candidate-link';
import { candidateReminder } from './candidate-reminder';
import { passwordReset, type PasswordResetParams } from './password-reset';
import { retentionWarning, type RetentionWarningParams } from './retention-warning';
import { staffInvitation, type StaffInvitationParams } from './staff-invitation';
import type { MailTemplate } from './template';

/**
 * Every mail template, by name, with the parameters it needs. To add one: write a file
 * beside these (English and Norwegian bokmål), add its name and params here and to
 * MAIL_TEMPLATES, then inject MailOutbox and `mail.enqueue(tx, { template: 'your-name', … })`
 * inside your transaction. The compiler checks
 * the params everywhere.
 */
export interface MailTemplateParams {
  'candidate-link': CandidateLinkParams;
  'candidate-reminder': CandidateLinkParams;
  'staff-invitation': StaffInvitationParams;
  'password-reset': PasswordResetParams;
  'retention-warning': RetentionWarningParams;
}

export type MailTemplateName = keyof MailTemplateParams;

export const MAIL_TEMPLATES: { [N in MailTemplateName]: MailTemplate<MailTemplateParams[N]> } = {
  'candidate-link': candidateLink,
  'candidate-reminder': candidateReminder,
  'staff-invitation': staffInvitation,
  'password-reset': passwordReset,
  'retention-warning': retentionWarning,
};

export * from './template';
export type {
  CandidateLinkParams,
  PasswordResetParams,
  RetentionWarningParams,
  StaffInvitationParams,
};
