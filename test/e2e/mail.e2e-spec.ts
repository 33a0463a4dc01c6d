import { loadConfig } from '@rolefit/config';
import { MailOutbox, SecretBox } from '@rolefit/mail';
import { DataSource } from 'typeorm';
import { SmtpInbox, staffTokenIn } from '@rolefit/testkit';
import { sleep, waitFor } from '@rolefit/testkit';
import {
  expectProblem,
  Org,
  PASSWORD,
  signupOrg,
  startTestApp,
  TestApp,
  uniqueEmail,
} from '../support/test-app';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';

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
  let admin: Org;
  const box = new SecretBox(loadConfig().JWT_SECRET);

  beforeAll(async () => {
    inbox = new SmtpInbox();
    await inbox.start();
    t = await startTestApp();
    db = t.app.get(DataSource);
    admin = await signupOrg(t, 'Mail Test AS');
    const me = await t.request({ method: 'GET', url: '/api/v1/me', token: admin.token });
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
    await sleep(1500);
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
    await sleep(2500);
    for (const to of recipients) expect(inbox.to(to)).toHaveLength(1);
  });

  const login = (email: string, password: string) =>
    t.request({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  const confirm = (token: string, password: string) =>
    t.request({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password },
    });
  const requestReset = (email: string, headers: Record<string, string>, locale?: string) =>
    t.request({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      headers,
      payload: { email, ...(locale && { locale }) },
    });

  it('password reset: the mail arrives in the language asked for, its link sets a new password once', async () => {
    const user = await addStaff('recruiter');
    // A Norwegian browser (Accept-Language), no locale in the body: the Norwegian template.
    const asked = await requestReset(user, { 'accept-language': 'nb-NO,nb;q=0.9,en;q=0.5' });
    expect(asked.statusCode).toBe(202);
    const [mail] = await inbox.waitFor(user);
    expect(mail.subject).toBe('Tilbakestill passordet ditt i Rolefit');
    expect(mail.text).toContain('Velg et nytt passord her');
    const token = staffTokenIn(mail);
    expect(token).toBeDefined();
    expect(mail.text).toContain(`${PUBLIC_URL}/app/reset-password#${token}`);

    // The token from the mail sets a new password; the old one is refused, the new one works.
    const fresh = 'a brand new passphrase 42';
    expect((await confirm(token!, fresh)).statusCode).toBe(204);
    expectProblem(await login(user, PASSWORD), 401);
    expect((await login(user, fresh)).statusCode).toBe(200);
    // The link works once.
    expectProblem(await confirm(token!, 'yet another passphrase 43'), 400);
    expectProblem(await login(user, 'yet another passphrase 43'), 401);
    expect((await login(user, fresh)).statusCode).toBe(200);
  });

  it('password reset: the body’s locale wins over Accept-Language; neither gives English', async () => {
    const nb = await addStaff('manager');
    expect((await requestReset(nb, { 'accept-language': 'en-GB' }, 'nb')).statusCode).toBe(202);
    const en = await addStaff('manager');
    expect((await requestReset(en, {})).statusCode).toBe(202);
    const sv = await addStaff('manager');
    expect((await requestReset(sv, { 'accept-language': 'sv-SE, de' })).statusCode).toBe(202);
    expect((await inbox.waitFor(nb))[0].subject).toBe('Tilbakestill passordet ditt i Rolefit');
    expect((await inbox.waitFor(en))[0].subject).toBe('Reset your Rolefit password');
    expect((await inbox.waitFor(sv))[0].subject).toBe('Reset your Rolefit password');
    // An unknown locale is refused, not silently ignored.
    expectProblem(await requestReset(en, {}, 'de'), 400);
  });

  it('staff invitation: the mail arrives, its token creates the account with the invited role', async () => {
    const email = uniqueEmail('invited');
    const invited = await t.request({
      method: 'POST',
      url: '/api/v1/users/invitations',
      token: admin.token,
      headers: { 'accept-language': 'nb' },
      payload: { name: 'Siri Invitert', email, role: 'manager' },
    });
    expect(invited.statusCode).toBe(202);
    const [mail] = await inbox.waitFor(email);
    // The admin's language (Accept-Language), as no locale was given.
    expect(mail.subject).toBe('Admin har invitert deg til Mail Test AS i Rolefit');
    expect(mail.text).toContain('som leder');
    const token = staffTokenIn(mail);
    expect(mail.text).toContain(`${PUBLIC_URL}/app/invitation#${token}`);
    // No account before the link is used.
    expectProblem(await login(email, PASSWORD), 401);
    expect((await confirm(token!, PASSWORD)).statusCode).toBe(204);
    const signedIn = await login(email, PASSWORD);
    expect(signedIn.statusCode).toBe(200);
    const accessToken = signedIn.json<{ accessToken: string }>().accessToken;
    const me = await t.request({ method: 'GET', url: '/api/v1/me', token: accessToken });
    expect(me.json()).toMatchObject({
      email,
      role: 'manager',
      organization: { id: organizationId },
    });
    // The invited role, no more: a manager creates teams but may not list users.
    const team = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      token: accessToken,
      payload: { name: 'Invited manager’s team' },
    });
    expect(team.statusCode).toBe(201);
    expectProblem(
      await t.request({ method: 'GET', url: '/api/v1/users', token: accessToken }),
      403,
    );
    // The invitation is used up.
    expectProblem(await confirm(token!, 'another passphrase 44'), 400);
    expect(inbox.to(email)).toHaveLength(1);
  });

  /** A staff user of the admin's organisation, created with the known password. */
  async function addStaff(role: 'recruiter' | 'manager'): Promise<string> {
    const email = uniqueEmail(role);
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: admin.token,
      payload: { name: 'Staff', email, password: PASSWORD, role },
    });
    expect(created.statusCode).toBe(201);
    return email;
  }
});
