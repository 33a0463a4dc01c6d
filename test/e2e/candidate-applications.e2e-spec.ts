import { DataSource } from 'typeorm';
import { CandidateRateLimits } from '../../apps/api/src/assessments/rate-limits';
import { linkTokenOf } from '../support/candidate-links';
import { jobRolePayload, previewPayload } from '@rolefit/testkit';
import {
  expectProblem,
  Org,
  signupOrg,
  startTestApp,
  TestApp,
  uniqueEmail,
} from '../support/test-app';

describe('candidates applying from a public preview', () => {
  let t: TestApp;
  let org: Org;
  let db: DataSource;
  let limits: CandidateRateLimits;
  let roleId: string;
  let previewId: string;
  let slug: string;

  const api = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    options: { token?: string; payload?: unknown; ip?: string } = {},
  ) =>
    t.request({
      method,
      url: `/api/v1${url}`,
      token: options.token,
      payload: options.payload as object,
      ...(options.ip && { remoteAddress: options.ip }),
    });

  // Every application says which privacy notice the candidate saw (version 1: the default).
  const apply = (payload: object, ip?: string, toSlug = slug) =>
    api('POST', `/public/previews/${toSlug}/applications`, {
      payload: { privacyNoticeVersion: 1, ...payload },
      ip,
    });

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    limits = t.app.get(CandidateRateLimits);
    org = await signupOrg(t, 'Apply Org');
    // New organisations come with the default questionnaire: link the role to it.
    const questionnaires = await api('GET', '/questionnaires', { token: org.token });
    const questionnaireId = questionnaires.json().items[0].id;
    const role = await api('POST', '/job-roles', {
      token: org.token,
      payload: { ...jobRolePayload(), questionnaireId },
    });
    roleId = role.json().id;
    const preview = await api('POST', `/job-roles/${roleId}/previews`, {
      token: org.token,
      payload: previewPayload({ locale: 'nb' }),
    });
    previewId = preview.json().id;
    slug = preview.json().slug;
  });
  afterAll(() => t.close());
  afterEach(async () => {
    await limits.applications.reset();
    await limits.tokenFailures.reset();
    await limits.answerSaves.reset();
  });

  /** Applies (202, no token in the answer) and returns the link the candidate was sent. */
  async function applyFor(name: string, email: string, ip?: string): Promise<string> {
    const res = await apply({ name, email }, ip);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: 'sent' });
    return linkTokenOf(db, roleId, email);
  }

  it('creates an assessment from a published preview and records the version seen', async () => {
    // Not published yet: no applications.
    expectProblem(await apply({ name: 'Early', email: uniqueEmail() }), 404);
    await api('POST', `/previews/${previewId}/publish`, { token: org.token });

    const email = uniqueEmail('applicant');
    const res = await apply({ name: 'Kari Nordmann', email });
    // The link goes to the email address, never into the response.
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: 'sent' });
    const assessmentToken = await linkTokenOf(db, roleId, email);
    expect(assessmentToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [{ expires_at: expiresAt }] = await db.query(
      `SELECT expires_at FROM assessments WHERE candidate_email = $1`,
      [email],
    );
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now() + 13 * 86400_000);

    // The candidate sees the questionnaire in the preview's language, for this job.
    const view = await api('GET', `/candidate/assessments/${assessmentToken}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      status: 'invited',
      locale: 'nb',
      jobTitle: 'Meeting booker',
      organizationName: 'Apply Org',
      title: 'Sales role fit',
    });
    expect(view.json().items.length).toBeGreaterThan(30);
    const firstLikert = view.json().items.find((i: { type: string }) => i.type === 'likert');

    // The same email (any case) applying again — anyone can type it — gets the same answer
    // and changes nothing: the candidate's own link keeps working, before and after answers.
    const again = await apply({ name: 'Kari N.', email: email.toUpperCase() });
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual({ status: 'sent' });
    expect(await linkTokenOf(db, roleId, email)).toBe(assessmentToken);
    await api('PUT', `/candidate/assessments/${assessmentToken}/answers`, {
      payload: { answers: { [firstLikert.key]: 4 } },
    });
    expect((await apply({ name: 'Someone else', email })).json()).toEqual({ status: 'sent' });
    const resumed = await api('GET', `/candidate/assessments/${assessmentToken}`);
    expect(resumed.json()).toMatchObject({
      status: 'started',
      answers: { [firstLikert.key]: 4 },
    });

    const rows = await db.query(
      `SELECT a.id, a.source, a.preview_version, a.candidate_name,
              (SELECT array_agg(preview_version ORDER BY created_at) FROM assessment_applications x
                WHERE x.assessment_id = a.id) AS seen
         FROM assessments a WHERE a.job_role_id = $1 AND a.candidate_email = $2`,
      [roleId, email.toLowerCase()],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      source: 'application',
      preview_version: 1,
      candidate_name: 'Kari Nordmann',
      seen: [1, 1, 1],
    });

    // After version 2 is published, an application records version 2.
    await api('PATCH', `/previews/${previewId}`, {
      token: org.token,
      payload: { headline: 'Version 2' },
    });
    await api('POST', `/previews/${previewId}/publish`, { token: org.token });
    const otherEmail = uniqueEmail('v2');
    const third = await apply({ name: 'Per', email: otherEmail });
    expect(third.statusCode).toBe(202);
    const [{ seen }] = await db.query(
      `SELECT array_agg(x.preview_version) AS seen FROM assessment_applications x
         JOIN assessments a ON a.id = x.assessment_id WHERE a.candidate_email = $1`,
      [otherEmail],
    );
    expect(seen).toEqual([2]);

    // The recruiter sees where the candidate came from.
    const result = await api('GET', `/assessments/${rows[0].id}`, { token: org.token });
    expect(result.json()).toMatchObject({ source: 'application', previewVersion: 1 });
  });

  it('refuses bad applications with field errors, and roles without a questionnaire', async () => {
    const bad = expectProblem(await apply({ name: ' ', email: 'nope', extra: true }), 400);
    expect((bad.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'email',
      'extra',
      'name',
    ]);
    expectProblem(await apply({ name: 'X', email: uniqueEmail() }, undefined, 'no-such-slug'), 404);
    expectProblem(await apply({ name: 'X', email: uniqueEmail() }, undefined, 'Bad Slug!'), 404);

    const bare = await api('POST', '/job-roles', { token: org.token, payload: jobRolePayload() });
    const preview = await api('POST', `/job-roles/${bare.json().id}/previews`, {
      token: org.token,
      payload: previewPayload(),
    });
    await api('POST', `/previews/${preview.json().id}/publish`, { token: org.token });
    expectProblem(
      await apply({ name: 'X', email: uniqueEmail() }, undefined, preview.json().slug),
      409,
    );
  });

  it('limits applications per client address', async () => {
    limits.applications.configure({ limit: 3 });
    try {
      for (let i = 0; i < 3; i++) {
        expect((await apply({ name: 'A', email: uniqueEmail() }, '10.0.0.1')).statusCode).toBe(202);
      }
      const limited = await apply({ name: 'A', email: uniqueEmail() }, '10.0.0.1');
      const body = expectProblem(limited, 429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(body.detail).toMatch(/applications/);
      // Another address is not affected.
      expect((await apply({ name: 'B', email: uniqueEmail() }, '10.0.0.2')).statusCode).toBe(202);
    } finally {
      limits.applications.configure({ limit: 20 });
    }
  });

  it('counts only failed token lookups per address, and never blocks a valid link', async () => {
    limits.tokenFailures.configure({ limit: 3 });
    const office = '192.0.2.10';
    try {
      const tokens: string[] = [];
      for (let i = 0; i < 5; i++) {
        tokens.push(await applyFor(`Colleague ${i}`, uniqueEmail(), `198.51.100.${i}`));
      }
      // Many honest candidates behind one office address: valid links never count.
      for (let round = 0; round < 4; round++) {
        for (const token of tokens) {
          expect(
            (await api('GET', `/candidate/assessments/${token}`, { ip: office })).statusCode,
          ).toBe(200);
        }
      }
      // Guessing does: after 3 failures the address's further failures are refused (429)…
      for (let i = 0; i < 3; i++) {
        expectProblem(
          await api('GET', `/candidate/assessments/${'B'.repeat(42)}${i}`, { ip: office }),
          404,
        );
      }
      const limited = await api('GET', `/candidate/assessments/${'C'.repeat(43)}`, { ip: office });
      expectProblem(limited, 429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expectProblem(
        await api('POST', `/candidate/assessments/${'D'.repeat(43)}/submit`, { ip: office }),
        429,
      );
      // …but a shared office address that hit the limit never blocks a valid link.
      for (const token of tokens) {
        expect(
          (await api('GET', `/candidate/assessments/${token}`, { ip: office })).statusCode,
        ).toBe(200);
      }
      // Everyone else is unaffected.
      expectProblem(
        await api('GET', `/candidate/assessments/${'E'.repeat(43)}`, { ip: '203.0.113.7' }),
        404,
      );
    } finally {
      limits.tokenFailures.configure({ limit: 30 });
    }
  });

  it('limits answer saves per token, not per address', async () => {
    limits.answerSaves.configure({ limit: 3 });
    try {
      const a = await applyFor('A', uniqueEmail());
      const b = await applyFor('B', uniqueEmail());
      const save = (token: string) =>
        api('PUT', `/candidate/assessments/${token}/answers`, {
          payload: { answers: { 'right-to-work': true } },
          ip: '192.0.2.50',
        });
      for (let i = 0; i < 3; i++) expect((await save(a)).statusCode).toBe(200);
      const limited = await save(a);
      expectProblem(limited, 429);
      expect(limited.headers['retry-after']).toBeDefined();
      // Another candidate on the same network saves freely.
      expect((await save(b)).statusCode).toBe(200);
    } finally {
      limits.answerSaves.configure({ limit: 120 });
    }
  });
});
