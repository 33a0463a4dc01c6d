import { loadConfig } from '@rolefit/config';
import { SecretBox } from '@rolefit/mail';
import type { DataSource } from 'typeorm';

/**
 * The working link token of this email's open assessment for a role, read the way the mail
 * worker reads it (the sealed copy on the row). For specs about something other than mail;
 * the candidate-links spec receives the same links over real SMTP.
 */
export async function linkTokenOf(
  db: DataSource,
  jobRoleId: string,
  email: string,
): Promise<string> {
  const rows = await db.query<{ token_sealed: string }[]>(
    `SELECT token_sealed FROM assessments
      WHERE job_role_id = $1 AND candidate_email = $2 AND status IN ('invited', 'started')`,
    [jobRoleId, email.trim().toLowerCase()],
  );
  if (rows.length !== 1) throw new Error(`expected one open assessment, found ${rows.length}`);
  const token = new SecretBox(loadConfig().JWT_SECRET).open(rows[0].token_sealed);
  if (!token) throw new Error('the sealed link token could not be opened');
  return token;
}
