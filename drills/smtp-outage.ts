import {
  candidateTokenIn,
  freePort,
  previewPayload,
  sleep,
  SmtpInbox,
  waitFor,
} from '@rolefit/testkit';
import type { Pool } from 'pg';
import type { Drill } from './drill';
import { ApiClient } from './support/api';
import { ResultBuilder } from './support/report';
import { log } from './support/log';

const CANDIDATES = Number(process.env.DRILL_SMTP_CANDIDATES) || 60;
const OUTAGE_MS = Number(process.env.DRILL_SMTP_OUTAGE_MS) || 30_000;
/** After the last mail arrived: long enough for any retried or re-relayed job to send again. */
const SETTLE_MS = 12_000;
/** The mail queue's backoff cap for the drill (production: 300 s), so recovery shows in seconds. */
const RETRY_MAX_SECONDS = 4;

interface MailRow {
  recipient: string;
  status: string;
  attempts: number;
  last_error: string | null;
}

async function mailRows(pool: Pool): Promise<MailRow[]> {
  const { rows } = await pool.query<MailRow>(
    `SELECT recipient, status, attempts, last_error FROM mail_messages
      WHERE template = 'candidate-link'`,
  );
  return rows;
}

/**
 * SMTP is down while candidates apply: every accepted application (202) has its link mailed
 * exactly once after SMTP comes back — none lost, none twice — and a worker killed during the
 * outage loses nothing either.
 */
export const smtpOutage: Drill = {
  name: 'smtp-outage',
  description: `SMTP down for ${OUTAGE_MS / 1000} s while ${CANDIDATES} candidates apply; each link mailed once after`,
  async run(ctx) {
    const r = new ResultBuilder(this.name);
    // Nothing listens on its port until inbox.start(): SMTP is down from the first application.
    const inbox = new SmtpInbox(await freePort());
    ctx.defer('smtp server', () => inbox.stop());
    const env = {
      SMTP_URL: inbox.url,
      MAIL_RETRY_MAX_SECONDS: String(RETRY_MAX_SECONDS),
      APPLICATION_RATE_LIMIT: '100000',
    };
    const redis = await ctx.redis();
    const { base } = await ctx.api('api', redis, env);
    const first = await ctx.worker('worker-1', redis, env);
    const pool = ctx.pool();

    // A published job preview of a role with the organisation's published questionnaire.
    const admin = await ApiClient.signup(base, 'SMTP outage drill');
    const questionnaires = await admin.must<{
      items: { id: string; publishedVersion: number | null }[];
    }>('GET', '/questionnaires');
    const questionnaire = questionnaires.items.find((q) => q.publishedVersion !== null);
    if (!questionnaire) throw new Error('the organisation has no published questionnaire');
    const roleId = await admin.createRole(
      'Drill meeting booker',
      [{ dimension: 'prospecting', target: 70, weight: 2, direction: 'atLeast' }],
      { questionnaireId: questionnaire.id },
    );
    const draft = await admin.must<{ id: string }>(
      'POST',
      `/job-roles/${roleId}/previews`,
      previewPayload(),
      [201],
    );
    const published = await admin.must<{ slug: string }>(
      'POST',
      `/previews/${draft.id}/publish`,
      undefined,
      [200, 201],
    );
    const notice = await admin.must<{ version: number }>(
      'GET',
      `/public/previews/${published.slug}/privacy-notice`,
    );

    // SMTP is down (nothing listens on its port). N candidates apply at once.
    const emails = Array.from(
      { length: CANDIDATES },
      (_, i) => `candidate-${ctx.runId}-${i}@drill.test`,
    );
    const outageStarted = Date.now();
    const statuses = new Map<string, number>();
    const accepted: string[] = [];
    await Promise.all(
      emails.map(async (email, i) => {
        const res = await admin.request(
          'POST',
          `/public/previews/${published.slug}/applications`,
          { name: `Candidate ${i}`, email, privacyNoticeVersion: notice.version },
          { token: null },
        );
        const key = String(res.status ?? res.error);
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        if (res.status === 202) accepted.push(email);
      }),
    );
    r.accepted = accepted.length;
    r.statuses = [...statuses].map(([s, n]) => `${s}×${n}`).join(' ');
    log(`${accepted.length} of ${CANDIDATES} applications accepted with SMTP down`);
    r.check('every application accepted (202) while SMTP is down', accepted.length === CANDIDATES);

    // Every mail is tried and fails while SMTP is down; none is given up.
    const tried = await waitFor(
      async () => {
        const rows = await mailRows(pool);
        return rows.length >= accepted.length && rows.every((row) => row.last_error)
          ? rows
          : undefined;
      },
      Math.max(10_000, OUTAGE_MS - 5_000),
      250,
      'every mail to be tried and refused',
    );
    r.check(
      'each mail tried and refused, still queued',
      tried.every((row) => row.status === 'queued' && row.attempts >= 1),
      `${tried.length} rows, statuses ${[...new Set(tried.map((row) => row.status))].join('/')}`,
    );

    // Halfway through the outage the worker dies (SIGKILL); a new one takes the queue over.
    await sleep(Math.max(0, OUTAGE_MS / 2 - (Date.now() - outageStarted)));
    await first.kill();
    log('worker-1 SIGKILLed during the outage; starting worker-2');
    await ctx.worker('worker-2', redis, env);
    await sleep(Math.max(0, OUTAGE_MS - (Date.now() - outageStarted)));
    const during = await mailRows(pool);
    r.figure(
      'tries per mail during the outage (min–max)',
      `${Math.min(...during.map((row) => row.attempts))}–${Math.max(...during.map((row) => row.attempts))}`,
    );
    r.check('nothing delivered while SMTP was down', inbox.mails.length === 0);

    // SMTP back: every accepted application's mail arrives.
    await inbox.start();
    const back = Date.now();
    log(`SMTP up after ${back - outageStarted} ms; waiting for ${accepted.length} mails`);
    await waitFor(
      () => (accepted.every((email) => inbox.counts().has(email)) ? true : undefined),
      120_000,
      250,
      'every accepted application’s mail',
    );
    r.figure('last mail delivered after SMTP was back', `${Date.now() - back} ms`);
    await sleep(SETTLE_MS);

    const counts = inbox.counts();
    r.persisted = accepted.filter((email) => counts.has(email)).length;
    r.lost = accepted.length - r.persisted;
    r.duplicates = [...counts.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
    const strangers = [...counts.keys()].filter((to) => !accepted.includes(to));
    r.check(
      'no mail to an address that did not apply',
      strangers.length === 0,
      strangers.join(' '),
    );
    const rows = await mailRows(pool);
    r.check(
      'every mail row completed',
      rows.length === accepted.length && rows.every((row) => row.status === 'completed'),
      `${rows.length} rows: ${[...new Set(rows.map((row) => row.status))].join('/')}`,
    );
    const links = inbox.mails.map(candidateTokenIn);
    r.check(
      'each mail carries its own candidate link',
      links.every(Boolean) && new Set(links).size === links.length,
      `${new Set(links).size} distinct links in ${links.length} mails`,
    );
    const ids = inbox.mails.map((m) => m.messageId);
    r.check(
      'stable Message-ID per mail row (<row id@rolefit.mail>), all distinct',
      ids.every((id) => /^<[0-9a-f-]{36}@rolefit\.mail>$/.test(id)) &&
        new Set(ids).size === ids.length,
      ids[0] ?? '',
    );
    r.figure('SMTP outage', `${back - outageStarted} ms`);
    r.figure('mails received', inbox.mails.length);
    return r.build();
  },
};
