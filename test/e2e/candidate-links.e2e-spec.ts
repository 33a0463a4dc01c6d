import { DataSource } from 'typeorm';
import { jobRolePayload, previewPayload } from '@rolefit/testkit';
import { candidateTokenIn, SmtpInbox } from '@rolefit/testkit';
import {
  addUser,
  expectProblem,
  Org,
  signupOrg,
  startTestApp,
  TestApp,
  uniqueEmail,
} from '../support/test-app';
import { sleep, waitFor } from '@rolefit/testkit';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';

const PUBLIC_URL = 'https://jobs.rolefit.example';
const likert = (key: string) => ({
  key,
  type: 'likert',
  text: { en: key, nb: key },
  dimension: 'prospecting',
  keyed: 1,
});
const QUESTIONNAIRE = {
  title: 'Short',
  locales: ['en', 'nb'],
  scale: { min: 1, max: 5 },
  items: [likert('q1'), likert('q2')],
};
const ANSWERS = { q1: 4, q2: 5 };

/**
 * Candidate links only their owner can use, received over real SMTP from the built worker.
 * Each takeover or hijack request of the security review is replayed and must fail while the
 * candidate's own link keeps working.
 */
describe('candidate links: only by email, only to their owner', () => {
  let t: TestApp;
  let inbox: SmtpInbox;
  let worker: WorkerProcess;
  let db: DataSource;
  let admin: Org;
  let recruiter: Org;
  let roleId: string;
  let slug: string;

  const api = (method: 'GET' | 'POST' | 'PUT', url: string, token?: string, payload?: unknown) =>
    t.request({ method, url: `/api/v1${url}`, token, payload: payload as object });
  const apply = (name: string, email: string) =>
    // Version 1 of the organisation's privacy notice, the one a new organisation starts with.
    api('POST', `/public/previews/${slug}/applications`, undefined, {
      name,
      email,
      privacyNoticeVersion: 1,
    });
  const invite = (by: Org, name: string, email: string) =>
    api('POST', `/job-roles/${roleId}/assessments`, by.token, { candidate: { name, email } });
  const openCount = async (email: string) =>
    (
      await db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM assessments WHERE job_role_id = $1 AND candidate_email = $2`,
        [roleId, email.toLowerCase()],
      )
    )[0].n;
  /** Waits until the outbox and mail queue are drained, so "no more mail" is meaningful. */
  const settled = () =>
    waitFor(async () => {
      const [{ n }] = await db.query<{ n: number }[]>(
        `SELECT (SELECT count(*) FROM mail_messages WHERE status = 'queued')
              + (SELECT count(*) FROM outbox_messages WHERE dispatched_at IS NULL) AS n`,
      );
      return Number(n) === 0 ? true : undefined;
    });

  beforeAll(async () => {
    inbox = new SmtpInbox();
    await inbox.start();
    t = await startTestApp();
    db = t.app.get(DataSource);
    admin = await signupOrg(t, 'Links AS');
    recruiter = await addUser(t, admin, 'recruiter');
    const q = await api('POST', '/questionnaires', recruiter.token, QUESTIONNAIRE);
    await api('POST', `/questionnaires/${q.json().id}/publish`, recruiter.token);
    const role = await api('POST', '/job-roles', recruiter.token, {
      ...jobRolePayload(),
      questionnaireId: q.json().id,
    });
    roleId = role.json().id;
    const preview = await api('POST', `/job-roles/${roleId}/previews`, recruiter.token, {
      ...previewPayload({ locale: 'nb' }),
    });
    slug = preview.json().slug;
    await api('POST', `/previews/${preview.json().id}/publish`, recruiter.token);
    worker = await startWorkerProcess({
      SMTP_URL: inbox.url,
      PUBLIC_URL,
      MAIL_RETRY_MAX_SECONDS: '1',
      LINK_REMINDER_CHECK_SECONDS: '1',
    });
  });

  afterAll(async () => {
    await worker?.stop();
    await t?.close();
    await inbox?.stop();
  });

  it('answers a public application with 202 "sent" and emails the link, in the preview’s language', async () => {
    const email = uniqueEmail('kari');
    const res = await apply('Kari', email);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: 'sent' });
    expect(res.body).not.toMatch(/[A-Za-z0-9_-]{43}/);
    // Unknown and known addresses get byte-identical answers.
    const again = await apply('Kari', email);
    expect(again.body).toBe(res.body);
    expect(again.statusCode).toBe(202);

    const [mail] = await inbox.waitFor(email);
    expect(mail.subject).toContain('Spørreskjemaet ditt for Meeting booker hos Links AS');
    expect(mail.text).toContain(`${PUBLIC_URL}/a#`);
    const token = candidateTokenIn(mail)!;
    const view = await api('GET', `/candidate/assessments/${token}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ status: 'invited', jobTitle: 'Meeting booker' });
    // The second application came within 10 minutes: no second mail to flood the inbox.
    await settled();
    expect(inbox.to(email)).toHaveLength(1);
  });

  it('takeover by application fails: someone else’s email (any case) gets nothing, their link keeps working', async () => {
    // A recruiter's invitation, not yet started (the review's case).
    const email = uniqueEmail('victim');
    const invited = await invite(recruiter, 'Victim', email);
    expect(invited.statusCode).toBe(201);
    const [first] = await inbox.waitFor(email);
    const token = candidateTokenIn(first)!;
    expect(token).toBe(invited.json().token);

    const attack = await apply('Attacker', email.toUpperCase());
    expect(attack.statusCode).toBe(202);
    expect(attack.json()).toEqual({ status: 'sent' });
    expect((await api('GET', `/candidate/assessments/${token}`)).statusCode).toBe(200);
    expect(await openCount(email)).toBe(1);
    await settled();
    // The stored name is still the candidate's; nothing was sent to anyone else.
    const [{ candidate_name: name }] = await db.query(
      `SELECT candidate_name FROM assessments WHERE candidate_email = $1`,
      [email],
    );
    expect(name).toBe('Victim');
    expect(inbox.mails.every((m) => m.to !== 'attacker')).toBe(true);
  });

  it('hijack by re-invite fails: staff (a manager too) get 200 without a token; the candidate gets their own link again', async () => {
    const email = uniqueEmail('started');
    const created = await invite(recruiter, 'Started', email);
    const token = created.json().token as string;
    await inbox.waitFor(email);
    await api('PUT', `/candidate/assessments/${token}/answers`, undefined, {
      answers: { q1: 3 },
    });

    const reinvite = await invite(recruiter, 'Started', email);
    expect(reinvite.statusCode).toBe(200);
    expect(reinvite.json()).toEqual({
      id: created.json().id,
      expiresAt: created.json().expiresAt,
      resent: true,
    });
    const mails = await inbox.waitFor(email, 2);
    expect(candidateTokenIn(mails[1])).toBe(token);

    // A manager of a team with this person as member may re-invite too: same answer.
    const manager = await addUser(t, admin, 'manager');
    const team = await api('POST', '/teams', manager.token, { name: 'Team' });
    await api('POST', `/teams/${team.json().id}/members`, manager.token, {
      name: 'Started',
      email,
      currentJobRoleId: roleId,
      profile: { prospecting: 50 },
    });
    const byManager = await invite(manager, 'Started', email);
    expect(byManager.statusCode).toBe(200);
    expect(byManager.json().token).toBeUndefined();
    expect(byManager.body).not.toContain('"q1"');
    await inbox.waitFor(email, 3);

    const view = await api('GET', `/candidate/assessments/${token}`);
    expect(view.json()).toMatchObject({ status: 'started', answers: { q1: 3 } });
    expect(await openCount(email)).toBe(1);
  });

  it('managers do not invite job candidates, only members of teams they manage', async () => {
    const manager = await addUser(t, admin, 'manager');
    const denied = expectProblem(await invite(manager, 'Outsider', uniqueEmail('outsider')), 403);
    expect(denied.detail).toMatch(/teams they manage/);
    const team = await api('POST', '/teams', manager.token, { name: 'Mine' });
    const member = uniqueEmail('member');
    await api('POST', `/teams/${team.json().id}/members`, manager.token, {
      name: 'Member',
      email: member,
      currentJobRoleId: roleId,
      profile: { prospecting: 50 },
    });
    const mine = await invite(manager, 'Member', member);
    expect(mine.statusCode).toBe(201);
    // A member of someone else's team is not theirs to invite.
    const other = await addUser(t, admin, 'manager');
    expectProblem(await invite(other, 'Member', member), 403);

    // Reading follows the same line: their member's assessment, not a job candidate's (the
    // same 404 as for no assessment at all), nor another manager's member's.
    const candidate = await invite(admin, 'Job Candidate', uniqueEmail('job-candidate'));
    expect(candidate.statusCode).toBe(201);
    const read = (who: Org, id: string, path = '') =>
      api('GET', `/assessments/${id}${path}`, who.token);
    expect((await read(manager, mine.json().id)).json()).toMatchObject({ id: mine.json().id });
    expect((await read(manager, mine.json().id, '/decisions')).statusCode).toBe(200);
    for (const path of ['', '/decisions']) {
      expectProblem(await read(manager, candidate.json().id, path), 404);
      expectProblem(await read(other, mine.json().id, path), 404);
      expect((await read(admin, candidate.json().id, path)).statusCode).toBe(200);
    }
  });

  it('concurrent applications with one email: one assessment, one working link, one mail', async () => {
    const email = uniqueEmail('burst');
    const answers = await Promise.all(Array.from({ length: 8 }, () => apply('Burst', email)));
    expect(answers.map((r) => r.statusCode)).toEqual(Array(8).fill(202));
    expect(await openCount(email)).toBe(1);
    await settled();
    const mails = inbox.to(email);
    expect(mails).toHaveLength(1);
    expect(
      (await api('GET', `/candidate/assessments/${candidateTokenIn(mails[0])}`)).statusCode,
    ).toBe(200);
  });

  it('one submitted attempt per role and email within the cooldown; staff see the attempts', async () => {
    const email = uniqueEmail('retake');
    await apply('Retake', email);
    const [mail] = await inbox.waitFor(email);
    const token = candidateTokenIn(mail)!;
    await api('PUT', `/candidate/assessments/${token}/answers`, undefined, { answers: ANSWERS });
    expect((await api('POST', `/candidate/assessments/${token}/submit`)).statusCode).toBe(200);

    // Applying again right after: same 202, nothing created, nothing sent.
    expect((await apply('Retake', email)).json()).toEqual({ status: 'sent' });
    await settled();
    expect(await openCount(email)).toBe(1);
    expect(inbox.to(email)).toHaveLength(1);
    const ranked = await api('GET', `/job-roles/${roleId}/candidates`, recruiter.token);
    const listed = ranked
      .json()
      .items.filter((c: { candidate: { email: string } }) => c.candidate.email === email);
    expect(listed).toHaveLength(1);
    expect(listed[0].attempts).toBe(1);
  });

  it('reminds an unfinished candidate once before the link expires, with the same link', async () => {
    const email = uniqueEmail('remind');
    await apply('Remind', email);
    const [first] = await inbox.waitFor(email);
    // Two days before expiry (LINK_REMINDER_HOURS = 48 by default).
    await db.query(
      `UPDATE assessments SET expires_at = now() + interval '30 hours' WHERE candidate_email = $1`,
      [email],
    );
    const mails = await inbox.waitFor(email, 2);
    expect(mails[1].subject).toContain('Påminnelse');
    expect(candidateTokenIn(mails[1])).toBe(candidateTokenIn(first));
    await sleep(2500);
    await settled();
    expect(inbox.to(email)).toHaveLength(2);
  });
});
