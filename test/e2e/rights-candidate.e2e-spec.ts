import { DataSource } from 'typeorm';
import {
  answerAndSubmit,
  invite,
  roleWithQuestionnaire,
  smallAnswers,
} from '../support/candidates';
import { expectProblem, Org, signupOrg, startTestApp, TestApp } from '../support/test-app';

/** The candidate's rights from their private link: profile, export and withdrawal. */
describe('candidate rights from the link', () => {
  let t: TestApp;
  let db: DataSource;
  let org: Org;
  let roleId: string;

  const candidateApi = (
    method: 'GET' | 'DELETE',
    token: string,
    suffix = '',
    ip = '198.51.100.4',
  ) =>
    t.request({
      method,
      url: `/api/v1/candidate/assessments/${token}${suffix}`,
      remoteAddress: ip,
    });

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    org = await signupOrg(t, 'Candidate Rights Org');
    ({ roleId } = await roleWithQuestionnaire(t, org, 'Link role'));
  });
  afterAll(async () => t?.close());

  it('shows the privacy notice with the questions and records its version when they start', async () => {
    const c = await invite(t, org, roleId, 'Notice Reader');
    const view = (await candidateApi('GET', c.token)).json<{
      privacyNotice: { version: number; en: string; nb: string };
      resultsShared: boolean;
    }>();
    expect(view.privacyNotice.version).toBe(1);
    expect(view.privacyNotice.nb).toMatch(/personopplysningene/);
    expect(view.resultsShared).toBe(true);
    await t.request({
      method: 'PUT',
      url: `/api/v1/candidate/assessments/${c.token}/answers`,
      payload: { answers: { p1: 3 } },
    });
    const [row] = await db.query(`SELECT privacy_notice_version FROM assessments WHERE id = $1`, [
      c.id,
    ]);
    expect(row.privacy_notice_version).toBe(1);
  });

  it('gives a submitted candidate their own profile in words, nothing about the role or others', async () => {
    const c = await invite(t, org, roleId, 'Profile Reader');
    expectProblem(await candidateApi('GET', c.token, '/profile'), 409);
    await answerAndSubmit(t, c.token, smallAnswers(2));
    const res = await candidateApi('GET', c.token, '/profile');
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      jobTitle: string;
      dimensions: {
        dimension: string;
        score: number;
        band: string;
        words: { en: string; nb: string };
        name: { en: string };
      }[];
    }>();
    expect(body.jobTitle).toBe('Link role');
    expect(body.dimensions.map((d) => d.dimension)).toEqual(['prospecting', 'resilience']);
    // The profile's scores are the candidate's own, as the recruiter sees them (rounded).
    const [row] = await db.query(`SELECT scores FROM assessments WHERE id = $1`, [c.id]);
    for (const d of body.dimensions) {
      expect(d.score).toBe(Math.round(row.scores[d.dimension]));
      expect(d.words.en.length).toBeGreaterThan(10);
      expect(d.words.nb.length).toBeGreaterThan(10);
    }
    expect(res.body).not.toMatch(/target|weight|percentile|rank|fit|deviation|lossShare|minimum/i);

    // An organisation that does not share results: 403.
    await t.request({
      method: 'PATCH',
      url: '/api/v1/organization',
      token: org.token,
      payload: { shareResultsWithCandidates: false },
    });
    expectProblem(await candidateApi('GET', c.token, '/profile'), 403);
    await t.request({
      method: 'PATCH',
      url: '/api/v1/organization',
      token: org.token,
      payload: { shareResultsWithCandidates: true },
    });
  });

  it('says where the role asks more, as a yes or no that gives nothing of the targets away', async () => {
    const c = await invite(t, org, roleId, 'Asks More Reader');
    // Prospecting 0 (the role looks for 80, minimum 50); resilience 100 (the role looks for 70).
    await answerAndSubmit(t, c.token, { ko: true, p1: 1, p2: 5, p3: 1, r1: 5, r2: 5, r3: 1 });
    const res = await candidateApi('GET', c.token, '/profile');
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      dimensions: { dimension: string; score: number; band: string; roleAsksMore: boolean }[];
    }>();
    expect(body.dimensions.map((d) => [d.dimension, d.score, d.band, d.roleAsksMore])).toEqual([
      ['prospecting', 0, 'low', true],
      ['resilience', 100, 'very-high', false],
    ]);
    expect(res.body).not.toMatch(/target|weight|percentile|rank|fit|deviation|lossShare|minimum/i);
    // Per dimension: the own score and words only, no other number.
    for (const d of body.dimensions) {
      const numbers = Object.entries(d).filter(([, v]) => typeof v === 'number');
      expect(numbers.map(([k]) => k)).toEqual(['score']);
    }
  });

  it('exports everything held about the candidate as JSON, and audits the export', async () => {
    const c = await invite(t, org, roleId, 'Export Asker');
    await answerAndSubmit(t, c.token, smallAnswers(3));
    await t.request({
      method: 'POST',
      url: `/api/v1/assessments/${c.id}/decisions`,
      token: org.token,
      payload: { stage: 'shortlisted', reason: 'Good calls' },
    });
    const res = await candidateApi('GET', c.token, '/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    expect(res.headers['cache-control']).toBe('no-store');
    const data = res.json<Record<string, any>>(); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(data.you).toEqual({ name: 'Export Asker', email: c.email, locale: 'en' });
    expect(data.assessment).toMatchObject({
      status: 'submitted',
      stage: 'shortlisted',
      answers: smallAnswers(3),
    });
    expect(data.application).toMatchObject({
      jobTitle: 'Link role',
      source: 'invitation',
      privacyNoticeVersion: 1,
    });
    const [row] = await db.query(`SELECT fit, scores FROM assessments WHERE id = $1`, [c.id]);
    expect(data.result).toMatchObject({ fit: row.fit, scores: row.scores, eligible: true });
    expect(
      data.decisions.map((d: { stage: string; by: string; reason: string | null }) => [
        d.stage,
        d.by,
        d.reason,
      ]),
    ).toEqual([
      ['assessed', 'you', null],
      ['shortlisted', 'a person at the organisation', 'Good calls'],
    ]);
    const events = await t.request({
      method: 'GET',
      url: `/api/v1/audit-events?action=candidate.exported&subjectId=${c.id}`,
      token: org.token,
    });
    expect(events.json<{ items: { actorType: string; address: string }[] }>().items).toEqual([
      expect.objectContaining({ actorType: 'candidate', address: '198.51.100.4' }),
    ]);
  });

  it('withdraws: stage withdrawn by the candidate, personal data gone at once, a receipt, the link dead', async () => {
    const c = await invite(t, org, roleId, 'Withdrawing Person');
    await answerAndSubmit(t, c.token, smallAnswers(4));
    const [before] = await db.query(
      `SELECT fit, scores, likert_keyed FROM assessments WHERE id = $1`,
      [c.id],
    );

    const res = await candidateApi('DELETE', c.token);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      stage: 'withdrawn',
      reference: c.id,
      jobTitle: 'Link role',
      organizationName: 'Candidate Rights Org',
      erased: ['name', 'email', 'answers', 'free text'],
    });

    const [row] = await db.query(
      `SELECT candidate_name, candidate_email, answers, stage, fit, scores, likert_keyed, anonymized_at
         FROM assessments WHERE id = $1`,
      [c.id],
    );
    expect(row).toMatchObject({
      candidate_name: '',
      candidate_email: `erased-${c.id}`,
      answers: {},
      stage: 'withdrawn',
    });
    expect([row.fit, row.scores, row.likert_keyed]).toEqual([
      before.fit,
      before.scores,
      before.likert_keyed,
    ]);
    const [sealed] = await db.query(`SELECT token_sealed FROM assessments WHERE id = $1`, [c.id]);
    expect(sealed.token_sealed).toBeNull();
    // The emails sent to them keep neither address nor name.
    const mails: { recipient: string; params: object }[] = await db.query(
      `SELECT recipient, params FROM mail_messages WHERE assessment_id = $1`,
      [c.id],
    );
    expect(mails.every((m) => m.recipient === '' && JSON.stringify(m.params) === '{}')).toBe(true);
    expect(JSON.stringify(row)).not.toContain(c.email);
    const decisions = await db.query(
      `SELECT stage, actor, user_id FROM assessment_decisions WHERE assessment_id = $1 ORDER BY id`,
      [c.id],
    );
    expect(decisions).toEqual([
      { stage: 'assessed', actor: 'candidate', user_id: null },
      { stage: 'withdrawn', actor: 'candidate', user_id: null },
    ]);
    for (const suffix of ['', '/export', '/profile']) {
      expectProblem(await candidateApi('GET', c.token, suffix, '198.51.100.5'), 404);
    }
    expectProblem(await candidateApi('DELETE', c.token, '', '198.51.100.5'), 404);
    // Staff can no longer move a withdrawn candidate.
    const decide = await t.request({
      method: 'POST',
      url: `/api/v1/assessments/${c.id}/decisions`,
      token: org.token,
      payload: { stage: 'hired' },
    });
    expectProblem(decide, 409);
  });

  it('answers unknown and malformed links with the same 404 on every new route', async () => {
    for (const token of ['x'.repeat(43), 'short']) {
      for (const [method, suffix] of [
        ['GET', '/profile'],
        ['GET', '/export'],
        ['DELETE', ''],
      ] as const) {
        const res = expectProblem(await candidateApi(method, token, suffix, '198.51.100.9'), 404);
        expect(res.detail).toBe('Assessment not found');
      }
    }
  });
});
