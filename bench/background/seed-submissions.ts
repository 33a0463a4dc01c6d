import { randomBytes } from 'node:crypto';
import { SeededRandom } from '@rolefit/testkit';
import type { Client } from 'pg';
import { LikertItemSpec, latentAnswers } from '../lib/fixtures';

const CHUNK = 1000;

/**
 * Inserts `count` submitted assessments of one questionnaire version straight into the
 * database (10,000 through the candidate routes would take minutes and measure something
 * else). Each row holds what the reliability job reads — `likert_keyed`, the keyed likert
 * scores in item order, as CandidateService.submit writes them — and the answers they came
 * from, generated from a latent trait per dimension so the statistics are meaningful.
 */
export async function seedSubmissions(
  db: Client,
  target: { organizationId: string; jobRoleId: string; versionId: string },
  items: LikertItemSpec[],
  count: number,
  seed: number,
): Promise<void> {
  const rng = new SeededRandom(seed);
  for (let start = 0; start < count; start += CHUNK) {
    const n = Math.min(CHUNK, count - start);
    const names: string[] = [];
    const emails: string[] = [];
    const hashes: string[] = [];
    const answers: string[] = [];
    const keyed: string[] = [];
    for (let k = 0; k < n; k++) {
      const i = start + k;
      const a = latentAnswers(items, rng);
      names.push(`Submitted ${i}`);
      emails.push(`submitted-${i}@bench.test`);
      hashes.push(randomBytes(32).toString('hex'));
      answers.push(JSON.stringify(a));
      // Scale 1–5: a reverse-keyed answer x scores min + max − x.
      keyed.push(
        `{${items.map((item) => (item.keyed === 1 ? a[item.key] : 6 - a[item.key])).join(',')}}`,
      );
    }
    await db.query(
      `INSERT INTO assessments
         (organization_id, job_role_id, questionnaire_version_id, candidate_name, candidate_email,
          locale, source, token_hash, expires_at, status, answers, started_at, submitted_at,
          likert_keyed)
       SELECT $1, $2, $3, t.name, t.email, 'en', 'invitation', t.hash, now() + interval '14 days',
              'submitted', t.answers::jsonb, now(), now(), t.keyed::smallint[]
         FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
              AS t(name, email, hash, answers, keyed)`,
      [
        target.organizationId,
        target.jobRoleId,
        target.versionId,
        names,
        emails,
        hashes,
        answers,
        keyed,
      ],
    );
  }
}
