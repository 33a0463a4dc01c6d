import { loadConfig } from '@rolefit/config';
import { MailOutbox, SecretBox } from '@rolefit/mail';
import { DataSource } from 'typeorm';
import { SmtpInbox, staffTokenIn } from '../support/smtp-inbox';
import { signupOrg, startTestApp, TestApp, uniqueEmail } from '../support/test-app';
import { startWorkerProcess, waitFor, WorkerProcess } from '../support/worker-process';

const PUBLIC_URL = 'https://rolefit.example';

/**
 * The mail pipeline end to end: a mail queued in a transaction (mail row + outbox row) is
 * relayed, rendered and sent over real SMTP by the built worker, once; while SMTP is down
 * mail waits and is delivered, once each, when it is back.
 */
describe('mail queue (real SMTP)', () => {
  let t: TestApp;
  let inbox: SmtpInbox;
  let worker: WorkerProcess;
  let db: DataSource;
  let organizationId: string;
  const box = new SecretBox(loadConfig().JWT_SECRET);

  beforeAll(async () => {
    inbox = new SmtpInbox();
    await inbox.start();
    t = await startTestApp();
    db = t.app.get(DataSource);
    const org = await signupOrg(t);
    const me = await t.request({ method: 'GET', url: '/api/v1/me', token: org.token });
    organizationId = me.json<{ organization: { id: string } }>().organization.id;
    worker = await startWorkerProcess({
      SMTP_URL: inbox.url,
      PUBLIC_URL,
      MAIL_FROM: 'Rolefit Test <hello@rolefit.example>',
      MAIL_RETRY_MAX_SECONDS: '1',
    });
  });

  afterAll(async () => {
    await worker?.stop();
    await t?.close();
    await inbox?.stop();
  });

  const queueReset = (to: string, token: string, locale = 'en') =>
    db.transaction((tx) =>
      t.app.get(MailOutbox).enqueue(tx, {
        template: 'password-reset',
        to,
        locale,
        organizationId,
        params: { name: 'Ola', validMinutes: 30 },
        sealedSecret: box.seal(token),
      }),
    );

  const mailRow = async (id: string) =>
    (
      await db.query<{ status: string; sealed_secret: string | null; attempts: number }[]>(
        `SELECT status, sealed_secret, attempts FROM mail_messages WHERE id = $1`,
        [id],
      )
    )[0];

  it('renders the template in the recipient’s language and sends it once over SMTP', async () => {
    const to = uniqueEmail('reset');
    const token = 'x'.repeat(43);
    const id = await queueReset(to, token, 'nb');
    const [mail] = await inbox.waitFor(to);
    expect(mail.from).toBe('hello@rolefit.example');
    expect(mail.subject).toBe('Tilbakestill passordet ditt i Rolefit');
    expect(mail.text).toContain('innen 30 minutter');
    expect(mail.text).toContain(`${PUBLIC_URL}/app/reset-password#${token}`);
    expect(staffTokenIn(mail)).toBe(token);
    expect(mail.html).toContain(`<a href="${PUBLIC_URL}/app/reset-password#${token}">`);
    expect(mail.messageId).toBe(`<${id}@rolefit.mail>`);
    const row = await waitFor(async () => {
      const r = await mailRow(id);
      return r.status === 'completed' ? r : undefined;
    });
    // The one-time token is forgotten once the mail is out.
    expect(row).toEqual({ status: 'completed', sealed_secret: null, attempts: 1 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(inbox.to(to)).toHaveLength(1);
  });

  it('keeps mail while SMTP is down and delivers each once when it is back', async () => {
    await inbox.stop();
    const recipients = [uniqueEmail('down'), uniqueEmail('down'), uniqueEmail('down')];
    const ids: string[] = [];
    for (const to of recipients) ids.push(await queueReset(to, `${'t'.repeat(40)}${ids.length}aa`));
    // At least one failed try each, recorded on the row, and still queued.
    const failed = await waitFor(async () => {
      const rows = await db.query<{ status: string; last_error: string | null }[]>(
        `SELECT status, last_error FROM mail_messages WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      return rows.every((r) => r.last_error) ? rows : undefined;
    });
    for (const row of failed) {
      expect(row.status).toBe('queued');
      expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
    }
    await inbox.start();
    for (const to of recipients) await inbox.waitFor(to);
    await waitFor(async () => {
      const rows = await Promise.all(ids.map(mailRow));
      return rows.every((r) => r.status === 'completed') ? rows : undefined;
    });
    await new Promise((r) => setTimeout(r, 2500));
    for (const to of recipients) expect(inbox.to(to)).toHaveLength(1);
  });
});
