import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { jobRolePayload } from '@rolefit/testkit';
import {
  addUser,
  expectProblem,
  Org,
  signupOrg,
  startTestApp,
  TestApp,
  uniqueEmail,
} from '../support/test-app';

/**
 * A questionnaire small enough to score by hand: three likert items per profile dimension
 * (one reverse-keyed, one weighted), a situational choice and a knockout.
 */
const QUESTIONNAIRE = {
  title: 'Hand-checked fit',
  locales: ['en', 'nb'],
  scale: { min: 1, max: 5 },
  items: [
    {
      key: 'licence',
      type: 'knockout',
      text: { en: 'Do you hold a driving licence?', nb: 'Har du førerkort?' },
      passingAnswer: true,
    },
    likert('p1', 'prospecting', 1),
    likert('p2', 'prospecting', -1),
    likert('p3', 'prospecting', 1, 2),
    likert('r1', 'resilience', 1),
    likert('r2', 'resilience', -1),
    likert('r3', 'resilience', 1),
    {
      key: 'c1',
      type: 'choice',
      text: { en: 'A prospect hangs up. You…', nb: 'En kunde legger på. Du…' },
      options: [
        {
          key: 'next',
          text: { en: 'Call the next one', nb: 'Ringer neste' },
          scores: { prospecting: 80, resilience: 40 },
        },
        {
          key: 'pause',
          text: { en: 'Take a walk', nb: 'Går en tur' },
          scores: { prospecting: 20, resilience: 90 },
        },
      ],
    },
    likert('d1', 'pipeline-discipline', 1),
    likert('d2', 'pipeline-discipline', -1),
    likert('d3', 'pipeline-discipline', 1),
  ],
};

function likert(key: string, dimension: string, keyed: 1 | -1, weight?: number) {
  return {
    key,
    type: 'likert',
    text: { en: `Statement ${key}`, nb: `Påstand ${key}` },
    dimension,
    keyed,
    ...(weight !== undefined && { weight }),
  };
}

type Answers = Record<string, number | string | boolean>;

/** Profile of jobRolePayload(): prospecting 80/w3/atLeast/min 50, resilience 70/w2/atLeast, pipeline 60/w1/ideal. */
const PROFILE = [
  { dimension: 'prospecting', target: 80, weight: 3, direction: 'atLeast', minimum: 50 },
  { dimension: 'resilience', target: 70, weight: 2, direction: 'atLeast' },
  { dimension: 'pipeline-discipline', target: 60, weight: 1, direction: 'ideal' },
] as const;

/**
 * PRODUCT.md's formulas, written out for THIS questionnaire only (not the domain code):
 * likert POMP = 100·(s − 1)/4 with s = x or 6 − x; choice adds its option score;
 * dimension = weighted mean; fit = 100 − sqrt(Σ w·dev² / Σ w).
 */
function handScore(a: Answers) {
  const pomp = (x: number, keyed: 1 | -1) => (100 * ((keyed === 1 ? x : 6 - x) - 1)) / 4;
  const choice =
    a.c1 === 'next' ? { prospecting: 80, resilience: 40 } : { prospecting: 20, resilience: 90 };
  const scores: Record<string, number> = {
    prospecting:
      (pomp(a.p1 as number, 1) +
        pomp(a.p2 as number, -1) +
        2 * pomp(a.p3 as number, 1) +
        choice.prospecting) /
      5,
    resilience:
      (pomp(a.r1 as number, 1) +
        pomp(a.r2 as number, -1) +
        pomp(a.r3 as number, 1) +
        choice.resilience) /
      4,
    'pipeline-discipline':
      (pomp(a.d1 as number, 1) + pomp(a.d2 as number, -1) + pomp(a.d3 as number, 1)) / 3,
  };
  const rows = PROFILE.map((p) => {
    const score = scores[p.dimension];
    const deviation =
      p.direction === 'atLeast' ? Math.max(0, p.target - score) : Math.abs(p.target - score);
    return { ...p, score, deviation, loss: p.weight * deviation ** 2 };
  });
  const lossSum = rows.reduce((s, r) => s + r.loss, 0);
  const weightSum = rows.reduce((s, r) => s + r.weight, 0);
  const minimumsMissed = rows
    .filter((r) => 'minimum' in r && r.score < r.minimum)
    .map((r) => r.dimension);
  return {
    fit: 100 - Math.sqrt(lossSum / weightSum),
    rows: rows.map((r) => ({ ...r, lossShare: lossSum > 0 ? (100 * r.loss) / lossSum : 0 })),
    eligible: a.licence === true && minimumsMissed.length === 0,
    minimumsMissed,
  };
}

const ANSWERS_A: Answers = {
  licence: true,
  p1: 4,
  p2: 2,
  p3: 5,
  r1: 3,
  r2: 4,
  r3: 2,
  c1: 'next',
  d1: 5,
  d2: 1,
  d3: 4,
};

/** Every key anywhere in a JSON value. */
function allKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => allKeys(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      allKeys(v, out);
    }
  }
  return out;
}

/** A 404 problem without the per-request parts, to compare two of them. */
function stable(body: Record<string, unknown>) {
  const rest = { ...body };
  delete rest.instance;
  delete rest.requestId;
  return rest;
}

describe('assessments: invite → answer → submit → explained, ranked result', () => {
  let t: TestApp;
  let admin: Org;
  let recruiter: Org;
  let db: DataSource;
  let questionnaireId: string;
  let roleId: string;

  const api = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    token?: string,
    payload?: unknown,
  ) => t.request({ method, url: `/api/v1${url}`, token, payload: payload as object });

  async function invite(name: string, email = uniqueEmail('cand')) {
    const res = await api('POST', `/job-roles/${roleId}/assessments`, recruiter.token, {
      candidate: { name, email },
    });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string; token: string; expiresAt: string }>();
  }

  async function complete(token: string, answers: Answers) {
    const saved = await api('PUT', `/candidate/assessments/${token}/answers`, undefined, {
      answers,
    });
    expect(saved.statusCode).toBe(200);
    const submitted = await api('POST', `/candidate/assessments/${token}/submit`);
    expect(submitted.statusCode).toBe(200);
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    admin = await signupOrg(t, 'Assessment Org');
    recruiter = await addUser(t, admin, 'recruiter');
    const q = await api('POST', '/questionnaires', recruiter.token, QUESTIONNAIRE);
    expect(q.statusCode).toBe(201);
    questionnaireId = q.json().id;
    const published = await api(
      'POST',
      `/questionnaires/${questionnaireId}/publish`,
      recruiter.token,
    );
    expect(published.statusCode).toBe(200);
    const role = await api('POST', '/job-roles', recruiter.token, {
      ...jobRolePayload(),
      questionnaireId,
    });
    expect(role.statusCode).toBe(201);
    roleId = role.json().id;
  });
  afterAll(() => t.close());

  it('walks the whole candidate flow and explains the result exactly as computed by hand', async () => {
    const before = Date.now();
    const invited = await invite('Ada Candidate', 'Ada.Candidate@Example.com');
    expect(invited.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const expires = new Date(invited.expiresAt).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + 14 * 86400_000 - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 14 * 86400_000 + 1000);

    // Only the SHA-256 is stored; the token itself appears nowhere in the row.
    const [row] = await db.query(`SELECT to_jsonb(a) AS row FROM assessments a WHERE id = $1`, [
      invited.id,
    ]);
    expect(row.row.token_hash).toBe(createHash('sha256').update(invited.token).digest('hex'));
    expect(JSON.stringify(row.row)).not.toContain(invited.token);
    expect(row.row.candidate_email).toBe('ada.candidate@example.com');

    // The candidate's view: items and texts, nothing that scores them.
    const view = await api('GET', `/candidate/assessments/${invited.token}`);
    expect(view.statusCode).toBe(200);
    expect(view.headers['cache-control']).toBe('no-store');
    const body = view.json();
    expect(body).toMatchObject({
      status: 'invited',
      jobTitle: 'Meeting booker',
      organizationName: 'Assessment Org',
      locale: 'en',
      locales: ['en', 'nb'],
      title: 'Hand-checked fit',
      scale: { min: 1, max: 5 },
      answers: {},
    });
    expect(body.items).toHaveLength(QUESTIONNAIRE.items.length);
    expect(body.items[7]).toEqual({
      key: 'c1',
      type: 'choice',
      text: 'A prospect hangs up. You…',
      options: [
        { key: 'next', text: 'Call the next one' },
        { key: 'pause', text: 'Take a walk' },
      ],
    });
    expect(body.unanswered).toEqual(QUESTIONNAIRE.items.map((i) => i.key));
    const keys = allKeys(body);
    for (const forbidden of ['dimension', 'keyed', 'weight', 'scores', 'passingAnswer', 'id']) {
      expect(keys).not.toContain(forbidden);
    }
    expect(JSON.stringify(body)).not.toMatch(/prospecting|resilience|pipeline/);
    const nb = await api('GET', `/candidate/assessments/${invited.token}?locale=nb`);
    expect(nb.json()).toMatchObject({ locale: 'nb' });
    expect(nb.json().items[0].text).toBe('Har du førerkort?');
    expectProblem(await api('GET', `/candidate/assessments/${invited.token}?locale=sv`), 400);

    // Autosave: partial answers; the first save starts the assessment.
    const token = invited.token;
    const first = await api('PUT', `/candidate/assessments/${token}/answers`, undefined, {
      answers: { p1: 4, p2: 2 },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'started', answers: { p1: 4, p2: 2 } });
    expect(first.json().unanswered).not.toContain('p1');

    // Invalid values: every problem named by its answer key, and nothing saved.
    const invalid = expectProblem(
      await api('PUT', `/candidate/assessments/${token}/answers`, undefined, {
        answers: { p3: 6, r1: 2.5, c1: 'shout', licence: 'yes', d1: '3', r2: 4 },
      }),
      422,
    );
    const fields = (invalid.errors as { field: string; message: string }[]).map((e) => e.field);
    expect(fields.sort()).toEqual(
      ['answers.c1', 'answers.d1', 'answers.licence', 'answers.p3', 'answers.r1'].sort(),
    );
    expect(JSON.stringify(invalid)).not.toMatch(/passing|true is|prospecting|scores/);
    // Unknown item keys are refused.
    const unknown = expectProblem(
      await api('PUT', `/candidate/assessments/${token}/answers`, undefined, {
        answers: { p9: 3 },
      }),
      422,
    );
    expect(unknown.errors).toEqual([{ field: 'answers.p9', message: 'unknown item' }]);
    // Not an answer map at all: 400 from request validation.
    for (const payload of [{ answers: [1, 2] }, { answers: 'x' }, {}, { answers: {}, extra: 1 }]) {
      expectProblem(
        await api('PUT', `/candidate/assessments/${token}/answers`, undefined, payload),
        400,
      );
    }
    // Keys that mean something to JavaScript objects are just unknown items.
    const sneaky = await t.request({
      method: 'PUT',
      url: `/api/v1/candidate/assessments/${token}/answers`,
      headers: { 'content-type': 'application/json' },
      payload: '{"answers":{"__proto__":{"p1":1},"constructor":3,"toString":2}}',
    });
    expect(sneaky.statusCode).toBeGreaterThanOrEqual(400);
    expect(sneaky.statusCode).toBeLessThan(500);
    const still = await api('GET', `/candidate/assessments/${token}`);
    expect(still.json().answers).toEqual({ p1: 4, p2: 2 });

    // Submitting with gaps lists every missing answer.
    const missing = expectProblem(await api('POST', `/candidate/assessments/${token}/submit`), 422);
    expect((missing.errors as { field: string }[]).map((e) => e.field)).toEqual(
      ['licence', 'p3', 'r1', 'r2', 'r3', 'c1', 'd1', 'd2', 'd3'].map((k) => `answers.${k}`),
    );

    // The rest, with a null that clears one answer again.
    const rest = await api('PUT', `/candidate/assessments/${token}/answers`, undefined, {
      answers: { ...ANSWERS_A, p1: undefined, p2: undefined, d3: null },
    });
    expect(rest.json().unanswered).toEqual(['d3']);
    const last = await api('PUT', `/candidate/assessments/${token}/answers`, undefined, {
      answers: { d3: 4 },
    });
    expect(last.json()).toMatchObject({ answers: ANSWERS_A, unanswered: [] });

    const submitted = await api('POST', `/candidate/assessments/${token}/submit`);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toEqual({ status: 'submitted', submittedAt: expect.any(String) });

    // The recruiter's explained result.
    const result = await api('GET', `/assessments/${invited.id}`, recruiter.token);
    expect(result.statusCode).toBe(200);
    const r = result.json();
    const hand = handScore(ANSWERS_A);
    expect(hand.fit).toBeCloseTo(76.0112, 3); // worked on paper: 100 − √(3452.78/6)
    expect(r).toMatchObject({
      id: invited.id,
      jobRoleId: roleId,
      questionnaireId,
      questionnaireVersion: 1,
      candidate: { name: 'Ada Candidate', email: 'ada.candidate@example.com' },
      source: 'invitation',
      status: 'submitted',
      eligible: true,
      knockoutsFailed: [],
      minimumsMissed: [],
      fitPercentile: 50,
    });
    expect(r.fit).toBeCloseTo(hand.fit, 9);
    expect(r.dimensionScores.map((d: { dimension: string }) => d.dimension)).toEqual(
      PROFILE.map((p) => p.dimension),
    );
    r.dimensionScores.forEach(
      (
        d: { score: number; target: number; weight: number; deviation: number; lossShare: number },
        i: number,
      ) => {
        expect(d.score).toBeCloseTo(hand.rows[i].score, 9);
        expect(d.target).toBe(hand.rows[i].target);
        expect(d.weight).toBe(hand.rows[i].weight);
        expect(d.deviation).toBeCloseTo(hand.rows[i].deviation, 9);
        expect(d.lossShare).toBeCloseTo(hand.rows[i].lossShare, 9);
        expect(d).toHaveProperty('percentile', 50);
      },
    );
    const shares = r.dimensionScores.reduce(
      (s: number, d: { lossShare: number }) => s + d.lossShare,
      0,
    );
    expect(shares).toBeCloseTo(100, 9);
    expect(r.profile).toEqual(PROFILE);

    // A second submit returns the stored receipt and never scores again, even after the
    // role's profile changed.
    await api('PATCH', `/job-roles/${roleId}`, recruiter.token, {
      profile: PROFILE.map((p) => ({ ...p, target: 10 })),
    });
    const again = await api('POST', `/candidate/assessments/${token}/submit`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(submitted.json());
    const unchanged = await api('GET', `/assessments/${invited.id}`, recruiter.token);
    expect(unchanged.json().fit).toBe(r.fit);
    expect(unchanged.json().profile).toEqual(PROFILE);
    await api('PATCH', `/job-roles/${roleId}`, recruiter.token, { profile: PROFILE });

    // Answers are frozen once submitted.
    expectProblem(
      await api('PUT', `/candidate/assessments/${token}/answers`, undefined, {
        answers: { p1: 1 },
      }),
      409,
    );
    const afterView = await api('GET', `/candidate/assessments/${token}`);
    expect(afterView.json()).toMatchObject({ status: 'submitted', answers: ANSWERS_A });
    expect(allKeys(afterView.json())).not.toContain('fit');
  });

  it('ranks scored candidates by fit with percentiles, filters and paginates', async () => {
    const roster: { name: string; answers: Answers }[] = [
      // B: strong but fails the knockout — ineligible, keeps the fit.
      { name: 'B', answers: { ...ANSWERS_A, licence: false, r1: 5, r3: 5 } },
      // C: the same answers as Ada — a tie.
      { name: 'C', answers: ANSWERS_A },
      // D: weak prospecting, below the minimum of 50.
      { name: 'D', answers: { ...ANSWERS_A, p1: 1, p2: 5, p3: 1, c1: 'pause' } },
      // E: a middle candidate.
      { name: 'E', answers: { ...ANSWERS_A, r1: 4, r2: 2, d3: 3 } },
    ];
    // An open (unsubmitted) assessment is not ranked.
    await invite('Open');
    for (const c of roster) {
      const { token } = await invite(c.name);
      await complete(token, c.answers);
    }
    const everyone = [{ name: 'Ada Candidate', answers: ANSWERS_A }, ...roster].map((c) => ({
      ...c,
      ...handScore(c.answers),
    }));
    expect(everyone.find((c) => c.name === 'B')!.eligible).toBe(false);
    expect(everyone.find((c) => c.name === 'D')!.minimumsMissed).toEqual(['prospecting']);

    const fits = everyone.map((c) => c.fit);
    const pct = (v: number, group: number[]) =>
      (100 *
        (group.filter((g) => g < v - 1e-9).length +
          0.5 * group.filter((g) => Math.abs(g - v) <= 1e-9).length)) /
      group.length;

    const list = await api('GET', `/job-roles/${roleId}/candidates`, recruiter.token);
    expect(list.statusCode).toBe(200);
    const page = list.json();
    expect(page).toMatchObject({ page: 1, pageSize: 20, total: 5 });
    const expectedOrder = [...everyone].sort((a, b) => b.fit - a.fit);
    expect(page.items.map((i: { fit: number }) => i.fit)).toEqual(
      expectedOrder.map((c): unknown => expect.closeTo(c.fit, 9)),
    );
    for (const item of page.items) {
      const c = everyone.find((e) => e.name === item.candidate.name)!;
      expect(item.fitPercentile).toBeCloseTo(pct(c.fit, fits), 9);
      expect(item.eligible).toBe(c.eligible);
      item.dimensionScores.forEach((d: { dimension: string; percentile: number }, i: number) => {
        const group = everyone.map((e) => e.rows[i].score);
        expect(d.percentile).toBeCloseTo(pct(c.rows[i].score, group), 9);
      });
    }
    // The tie: Ada and C share a percentile.
    const tied = page.items.filter((i: { candidate: { name: string } }) =>
      ['Ada Candidate', 'C'].includes(i.candidate.name),
    );
    expect(tied[0].fitPercentile).toBe(tied[1].fitPercentile);
    expect(
      page.items.find((i: { candidate: { name: string } }) => i.candidate.name === 'B'),
    ).toMatchObject({ eligible: false, knockoutsFailed: ['licence'] });
    expect(
      page.items.find((i: { candidate: { name: string } }) => i.candidate.name === 'D'),
    ).toMatchObject({ eligible: false, minimumsMissed: ['prospecting'] });

    // The single result agrees with the list.
    const one = await api('GET', `/assessments/${page.items[2].id}`, recruiter.token);
    expect(one.json().fitPercentile).toBeCloseTo(page.items[2].fitPercentile, 9);
    expect(one.json().dimensionScores).toEqual(page.items[2].dimensionScores);

    const ineligible = await api(
      'GET',
      `/job-roles/${roleId}/candidates?eligible=false`,
      recruiter.token,
    );
    expect(ineligible.json().total).toBe(2);
    expect(
      ineligible
        .json()
        .items.map((i: { candidate: { name: string } }) => i.candidate.name)
        .sort(),
    ).toEqual(['B', 'D']);
    // Percentiles stay among ALL scored candidates, not just the filtered ones.
    const bItem = ineligible
      .json()
      .items.find((i: { candidate: { name: string } }) => i.candidate.name === 'B');
    expect(bItem.fitPercentile).toBeCloseTo(pct(everyone[1].fit, fits), 9);

    const ascending = await api(
      'GET',
      `/job-roles/${roleId}/candidates?sort=fit&pageSize=2&page=2`,
      recruiter.token,
    );
    expect(ascending.json()).toMatchObject({ page: 2, pageSize: 2, total: 5 });
    const asc = [...everyone].sort((a, b) => a.fit - b.fit);
    expect(ascending.json().items.map((i: { fit: number }) => i.fit)).toEqual([
      expect.closeTo(asc[2].fit, 9),
      expect.closeTo(asc[3].fit, 9),
    ]);
    const bySubmission = await api(
      'GET',
      `/job-roles/${roleId}/candidates?sort=submittedAt`,
      recruiter.token,
    );
    expect(bySubmission.json().items[0].candidate.name).toBe('Ada Candidate');

    for (const bad of ['sort=name', 'eligible=maybe', 'pageSize=500', 'page=0']) {
      expectProblem(
        await api('GET', `/job-roles/${roleId}/candidates?${bad}`, recruiter.token),
        400,
      );
    }
  });

  it('gives an expired, unknown or malformed token the very same 404', async () => {
    const { id, token } = await invite('Late');
    await db.query(
      `UPDATE assessments SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [id],
    );
    const unknownToken = 'A'.repeat(43);
    const expired = expectProblem(await api('GET', `/candidate/assessments/${token}`), 404);
    const unknown = expectProblem(await api('GET', `/candidate/assessments/${unknownToken}`), 404);
    const malformed = expectProblem(await api('GET', `/candidate/assessments/not-a-token`), 404);
    expect(stable(expired)).toEqual(stable(unknown));
    expect(stable(malformed)).toEqual(stable(unknown));
    expect(stable(expired)).toEqual({
      type: 'https://rolefit.dev/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'Assessment not found',
    });
    for (const t2 of [token, unknownToken]) {
      const put = expectProblem(
        await api('PUT', `/candidate/assessments/${t2}/answers`, undefined, {
          answers: { p1: 3 },
        }),
        404,
      );
      expect(stable(put)).toEqual(stable(unknown));
      const submit = expectProblem(await api('POST', `/candidate/assessments/${t2}/submit`), 404);
      expect(stable(submit)).toEqual(stable(unknown));
    }
  });

  it('re-inviting an open assessment re-sends its own link: no token, no answers, the link keeps working', async () => {
    const email = uniqueEmail('twice');
    const first = await invite('Twice', email);
    await api('PUT', `/candidate/assessments/${first.token}/answers`, undefined, {
      answers: { p1: 2 },
    });
    // Before: 201 with a fresh token that opened the saved answers and killed the
    // candidate's link. Now: 200, the existing link is emailed to the candidate.
    const again = await api('POST', `/job-roles/${roleId}/assessments`, recruiter.token, {
      candidate: { name: 'Twice again', email: email.toUpperCase() },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id: first.id, expiresAt: first.expiresAt, resent: true });
    const view = await api('GET', `/candidate/assessments/${first.token}`);
    expect(view.json()).toMatchObject({ status: 'started', answers: { p1: 2 } });
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM assessments WHERE job_role_id = $1 AND candidate_email = $2`,
      [roleId, email.toLowerCase()],
    );
    expect(count).toBe(1);

    // Submitted: one attempt per role and email within the cooldown (default 180 days).
    await complete(first.token, ANSWERS_A);
    const retake = expectProblem(
      await api('POST', `/job-roles/${roleId}/assessments`, recruiter.token, {
        candidate: { name: 'Twice', email },
      }),
      409,
    );
    expect(retake.detail).toMatch(/can be taken again from \d{4}-\d{2}-\d{2}/);
    // After the cooldown a new attempt is possible, and staff see the count of attempts.
    await db.query(
      `UPDATE assessments SET submitted_at = submitted_at - interval '181 days' WHERE id = $1`,
      [first.id],
    );
    const third = await invite('Twice', email);
    expect(third.id).not.toBe(first.id);
    await complete(third.token, ANSWERS_A);
    const result = await api('GET', `/assessments/${third.id}`, recruiter.token);
    expect(result.json().attempts).toBe(2);
  });

  it('refuses invitations without a published questionnaire and bad candidate data', async () => {
    const bare = await api('POST', '/job-roles', recruiter.token, jobRolePayload());
    expectProblem(
      await api('POST', `/job-roles/${bare.json().id}/assessments`, recruiter.token, {
        candidate: { name: 'X', email: uniqueEmail() },
      }),
      409,
    );
    const draft = await api('POST', '/questionnaires', recruiter.token, { title: 'Draft only' });
    const linked = await api('POST', '/job-roles', recruiter.token, {
      ...jobRolePayload(),
      questionnaireId: draft.json().id,
    });
    expect(linked.statusCode).toBe(201);
    expectProblem(
      await api('POST', `/job-roles/${linked.json().id}/assessments`, recruiter.token, {
        candidate: { name: 'X', email: uniqueEmail() },
      }),
      409,
    );
    const bad = expectProblem(
      await api('POST', `/job-roles/${roleId}/assessments`, recruiter.token, {
        candidate: { name: '', email: 'not-an-email' },
      }),
      400,
    );
    expect((bad.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'candidate.email',
      'candidate.name',
    ]);
    expectProblem(await api('POST', `/job-roles/${roleId}/assessments`, recruiter.token, {}), 400);
  });

  it("gives another organisation 404 on this organisation's assessments and questionnaires", async () => {
    const other = await signupOrg(t, 'Other Org');
    const { id } = await invite('Private');
    const nobody = '00000000-0000-4000-8000-000000000000';
    const attempts = [
      { method: 'GET', url: `/assessments/${id}` },
      { method: 'GET', url: `/job-roles/${roleId}/candidates` },
      { method: 'POST', url: `/job-roles/${roleId}/assessments` },
      { method: 'GET', url: `/questionnaires/${questionnaireId}` },
      { method: 'PATCH', url: `/questionnaires/${questionnaireId}` },
      { method: 'POST', url: `/questionnaires/${questionnaireId}/publish` },
      { method: 'POST', url: `/questionnaires/${questionnaireId}/reliability` },
      { method: 'GET', url: `/questionnaires/${questionnaireId}/reliability` },
    ] as const;
    const payloads: Record<string, unknown> = {
      [`/job-roles/${roleId}/assessments`]: { candidate: { name: 'X', email: uniqueEmail() } },
      [`/questionnaires/${questionnaireId}`]: { title: 'Hijacked' },
    };
    for (const a of attempts) {
      const res = await api(a.method, a.url, other.token, payloads[a.url]);
      const body = expectProblem(res, 404);
      const missing = await api(
        a.method,
        a.url.replace(id, nobody).replace(roleId, nobody).replace(questionnaireId, nobody),
        other.token,
        payloads[a.url],
      );
      expect(missing.statusCode).toBe(404);
      expect(missing.json().detail).toBe(body.detail);
    }
    const list = await api('GET', '/questionnaires', other.token);
    expect(list.json().items.map((q: { id: string }) => q.id)).not.toContain(questionnaireId);
    // Nor can its roles link this organisation's questionnaire.
    const steal = expectProblem(
      await api('POST', '/job-roles', other.token, { ...jobRolePayload(), questionnaireId }),
      422,
    );
    expect(steal.errors).toEqual([
      { field: 'questionnaireId', message: 'no such questionnaire in your organisation' },
    ]);
    // Malformed ids are 404 too.
    expectProblem(await api('GET', '/assessments/not-a-uuid', recruiter.token), 404);
  });

  it('keeps candidate rankings to recruiters and admins', async () => {
    const manager = await addUser(t, admin, 'manager');
    expectProblem(await api('GET', `/job-roles/${roleId}/candidates`, manager.token), 403);
    expectProblem(await api('GET', `/job-roles/${roleId}/candidates`), 401);
  });
});
