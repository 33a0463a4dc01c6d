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
import { waitFor } from '@rolefit/testkit';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';

const text = (en: string) => ({ en });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the run's JSON, checked below
type RunBody = { id: string; status: string; error: string | null } & Record<string, any>;
const DIMENSIONS = {
  prospecting: [
    ['p1', 1],
    ['p2', -1],
    ['p3', 1],
    ['p4', 1],
  ],
  resilience: [
    ['r1', 1],
    ['r2', 1],
    ['r3', -1],
  ],
} as const;

const QUESTIONNAIRE = {
  title: 'Reliability check',
  locales: ['en'],
  scale: { min: 1, max: 5 },
  items: [
    { key: 'ko', type: 'knockout', text: text('Licence?'), passingAnswer: true },
    ...Object.entries(DIMENSIONS).flatMap(([dimension, items]) =>
      items.map(([key, keyed]) => ({ key, type: 'likert', text: text(key), dimension, keyed })),
    ),
    {
      key: 'c1',
      type: 'choice',
      text: text('Choose'),
      options: [
        { key: 'a', text: text('A'), scores: { prospecting: 70 } },
        { key: 'b', text: text('B'), scores: { prospecting: 30 } },
      ],
    },
  ],
};

/** Reproducible pseudo-random numbers (Park–Miller). */
function rng(seed: number) {
  let x = seed;
  return () => (x = (x * 48271) % 2147483647) / 2147483647;
}

/**
 * Answers driven by a latent trait per dimension plus noise, so items correlate the way real
 * items do; reverse-keyed items are answered the other way round.
 */
function answersFor(i: number): Record<string, number | string | boolean> {
  const next = rng(1000 + i * 7919);
  const out: Record<string, number | string | boolean> = { ko: true, c1: i % 3 ? 'a' : 'b' };
  for (const items of Object.values(DIMENSIONS)) {
    const trait = next() * 4;
    for (const [key, keyed] of items) {
      const level = Math.min(5, Math.max(1, Math.round(1 + trait + (next() - 0.5) * 2.5)));
      out[key] = keyed === 1 ? level : 6 - level;
    }
  }
  return out;
}

/** Textbook two-pass statistics, independent of the app's streaming co-moment algebra. */
function expectedReliability(rows: Record<string, number | string | boolean>[]) {
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = (xs: number[]) => {
    const m = mean(xs);
    return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
  };
  const pearson = (xs: number[], ys: number[]) => {
    const mx = mean(xs);
    const my = mean(ys);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    xs.forEach((x, r) => {
      sxy += (x - mx) * (ys[r] - my);
      sxx += (x - mx) ** 2;
      syy += (ys[r] - my) ** 2;
    });
    return sxy / Math.sqrt(sxx * syy);
  };
  const alpha = (columns: number[][]) => {
    const k = columns.length;
    const totals = rows.map((_, r) => columns.reduce((s, c) => s + c[r], 0));
    return (k / (k - 1)) * (1 - columns.reduce((s, c) => s + variance(c), 0) / variance(totals));
  };
  return Object.entries(DIMENSIONS).map(([dimension, items]) => {
    const columns = items.map(([key, keyed]) =>
      rows.map((a) => (keyed === 1 ? (a[key] as number) : 6 - (a[key] as number))),
    );
    return {
      dimension,
      n: rows.length,
      alpha: alpha(columns),
      items: items.map(([key], i) => {
        const others = columns.filter((_, j) => j !== i);
        const rest = rows.map((_, r) => others.reduce((s, c) => s + c[r], 0));
        return {
          key,
          mean: mean(columns[i]),
          sd: Math.sqrt(variance(columns[i])),
          correctedItemTotal: pearson(columns[i], rest),
          alphaIfDeleted: others.length >= 2 ? alpha(others) : null,
        };
      }),
    };
  });
}

describe('questionnaire reliability, computed by the worker', () => {
  let t: TestApp;
  let org: Org;
  let recruiter: Org;
  let worker: WorkerProcess | undefined;
  let questionnaireId: string;
  let roleId: string;
  const submitted: Record<string, number | string | boolean>[] = [];

  const api = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    token?: string,
    payload?: unknown,
  ) => t.request({ method, url: `/api/v1${url}`, token, payload: payload as object });

  beforeAll(async () => {
    t = await startTestApp();
    org = await signupOrg(t, 'Reliability Org');
    recruiter = await addUser(t, org, 'recruiter');
    const q = await api('POST', '/questionnaires', recruiter.token, QUESTIONNAIRE);
    questionnaireId = q.json().id;
    expect(
      (await api('POST', `/questionnaires/${questionnaireId}/publish`, recruiter.token)).statusCode,
    ).toBe(200);
    const role = await api('POST', '/job-roles', recruiter.token, {
      ...jobRolePayload(),
      questionnaireId,
    });
    roleId = role.json().id;

    // 30 candidates answer and submit through the API; two more never submit.
    for (let i = 0; i < 32; i++) {
      const invite = await api('POST', `/job-roles/${roleId}/assessments`, recruiter.token, {
        candidate: { name: `Candidate ${i}`, email: uniqueEmail('rel') },
      });
      const token = invite.json().token;
      const answers = answersFor(i);
      const saved = await api('PUT', `/candidate/assessments/${token}/answers`, undefined, {
        answers,
      });
      expect(saved.statusCode).toBe(200);
      if (i >= 30) continue;
      expect((await api('POST', `/candidate/assessments/${token}/submit`)).statusCode).toBe(200);
      submitted.push(answers);
    }
  });
  afterAll(async () => {
    await worker?.stop();
    await t.close();
  });

  it('queues a run in the api and completes it in the worker, matching a textbook computation', async () => {
    expectProblem(
      await api('GET', `/questionnaires/${questionnaireId}/reliability`, recruiter.token),
      404,
    );

    const requested = await api(
      'POST',
      `/questionnaires/${questionnaireId}/reliability`,
      recruiter.token,
    );
    expect(requested.statusCode).toBe(202);
    expect(requested.json()).toEqual({
      id: expect.any(String),
      status: 'queued',
      questionnaireVersion: 1,
    });
    const runId = requested.json().id;
    // Asked again while queued: the same run, not a second computation.
    const twice = await api(
      'POST',
      `/questionnaires/${questionnaireId}/reliability`,
      recruiter.token,
    );
    expect(twice.json().id).toBe(runId);
    const queued = await api(
      'GET',
      `/questionnaires/${questionnaireId}/reliability`,
      recruiter.token,
    );
    expect(queued.json()).toMatchObject({ id: runId, status: 'queued', result: null, n: null });

    // The api only wrote the outbox; the worker relays and computes.
    worker = await startWorkerProcess();
    const done = await waitFor(async () => {
      const res = await api(
        'GET',
        `/questionnaires/${questionnaireId}/reliability`,
        recruiter.token,
      );
      const body = res.json<RunBody>();
      if (body.status === 'failed') throw new Error(`run failed: ${body.error}`);
      return body.status === 'completed' ? body : undefined;
    });
    expect(done).toMatchObject({
      id: runId,
      status: 'completed',
      questionnaireVersion: 1,
      n: 30,
      error: null,
      startedAt: expect.any(String),
      completedAt: expect.any(String),
      durationMs: expect.any(Number),
    });
    expect(done.result.n).toBe(30);

    const expected = expectedReliability(submitted);
    expect(done.result.dimensions.map((d: { dimension: string }) => d.dimension)).toEqual([
      'prospecting',
      'resilience',
    ]);
    for (const [d, want] of expected.entries()) {
      const got = done.result.dimensions[d];
      expect(got.n).toBe(30);
      expect(want.alpha).toBeGreaterThan(0.3); // the simulated items do hang together
      expect(got.alpha).toBeCloseTo(want.alpha, 10);
      for (const [i, item] of want.items.entries()) {
        expect(got.items[i].key).toBe(item.key);
        expect(got.items[i].mean).toBeCloseTo(item.mean, 10);
        expect(got.items[i].sd).toBeCloseTo(item.sd, 10);
        expect(got.items[i].correctedItemTotal).toBeCloseTo(item.correctedItemTotal, 10);
        if (item.alphaIfDeleted === null) expect(got.items[i].alphaIfDeleted).toBeNull();
        else expect(got.items[i].alphaIfDeleted).toBeCloseTo(item.alphaIfDeleted, 10);
      }
    }
  });

  it('pins the latest published version for a new run', async () => {
    await api('PATCH', `/questionnaires/${questionnaireId}`, recruiter.token, { title: 'v2' });
    // The open draft changes nothing: still version 1, already computed, so a new run of v1.
    const again = await api(
      'POST',
      `/questionnaires/${questionnaireId}/reliability`,
      recruiter.token,
    );
    expect(again.json()).toMatchObject({ questionnaireVersion: 1 });
    await api('POST', `/questionnaires/${questionnaireId}/publish`, recruiter.token);
    const v2 = await api('POST', `/questionnaires/${questionnaireId}/reliability`, recruiter.token);
    expect(v2.json()).toMatchObject({ status: 'queued', questionnaireVersion: 2 });
    const done = await waitFor(async () => {
      const body = (
        await api('GET', `/questionnaires/${questionnaireId}/reliability`, recruiter.token)
      ).json<RunBody>();
      return body.id === v2.json().id && body.status === 'completed' ? body : undefined;
    });
    // Nobody has taken version 2 yet.
    expect(done).toMatchObject({ n: 0, questionnaireVersion: 2 });
    expect(done.result.dimensions[0]).toMatchObject({ n: 0, alpha: null });
  });

  it('stores a readable reason when a run cannot be computed', async () => {
    const noLikert = await api('POST', '/questionnaires', recruiter.token, {
      title: 'Knockouts only',
      items: [{ key: 'ko', type: 'knockout', text: text('OK?'), passingAnswer: true }],
    });
    const id = noLikert.json().id;
    // Never published: nothing to analyse yet.
    expectProblem(await api('POST', `/questionnaires/${id}/reliability`, recruiter.token), 409);
    await api('POST', `/questionnaires/${id}/publish`, recruiter.token);
    const run = await api('POST', `/questionnaires/${id}/reliability`, recruiter.token);
    expect(run.statusCode).toBe(202);
    const failed = await waitFor(async () => {
      const body = (
        await api('GET', `/questionnaires/${id}/reliability`, recruiter.token)
      ).json<RunBody>();
      return body.status === 'failed' ? body : undefined;
    });
    expect(failed.error).toMatch(/no likert items/);
    expect(failed.result).toBeNull();
  });

  it('keeps runs within the organisation', async () => {
    const other = await signupOrg(t, 'Other Reliability Org');
    expectProblem(
      await api('GET', `/questionnaires/${questionnaireId}/reliability`, other.token),
      404,
    );
    expectProblem(
      await api('POST', `/questionnaires/${questionnaireId}/reliability`, other.token),
      404,
    );
  });
});
