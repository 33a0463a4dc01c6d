import type { Client } from 'pg';
import { HttpClient, SeededRandom } from '@rolefit/testkit';
import { LikertItemSpec, latentAnswers } from '../lib/fixtures';
import { mapConcurrent } from '../lib/concurrency';
import { cpuSecondsOf } from '../lib/load';
import { percentile, since } from '../lib/stats';

export interface CandidateFlowResult {
  assessments: number;
  seconds: number;
  scoredPerSecond: number;
  /** Latency of single requests (PUT answers and POST submit alike). */
  requestP50Ms: number;
  requestP99Ms: number;
  putP99Ms: number;
  submitP99Ms: number;
  /** PUT + submit of one assessment, end to end. */
  assessmentP99Ms: number;
  non2xx: number;
  storedScored: number;
  createSeconds: number;
  /** API process CPU per scored assessment (PUT + submit), in milliseconds. */
  apiCpuMsPerAssessment: number;
  /** Share of one core the API process used during the flow. */
  apiCpuShare: number;
}

/**
 * Invites `count` candidates up front (POST /job-roles/:id/assessments, not timed as part of
 * the flow), then `connections` concurrent clients each take the next assessment and do
 * PUT /candidate/assessments/:token/answers with all 60 answers in one body, then
 * POST /candidate/assessments/:token/submit (which scores it). A custom client because each
 * submit must follow its own PUT. Every response must be 200; afterwards the database must
 * hold exactly `count` more scored assessments.
 */
export async function runCandidateFlow(options: {
  api: HttpClient;
  token: string;
  jobRoleId: string;
  items: LikertItemSpec[];
  count: number;
  connections: number;
  seed: number;
  db: Client;
  label: string;
  apiPid: number;
}): Promise<CandidateFlowResult> {
  const { api, token, jobRoleId, items, count, db } = options;
  const before = await scoredCount(db, jobRoleId);
  const rng = new SeededRandom(options.seed);
  const created = performance.now();
  const invitations = await mapConcurrent(
    Array.from({ length: count }, (_, i) => i),
    16,
    (i) =>
      api.expect<{ token: string }>(201, 'POST', `/api/v1/job-roles/${jobRoleId}/assessments`, {
        token,
        body: { candidate: { name: `Candidate ${i}`, email: `${options.label}-${i}@bench.test` } },
      }),
  );
  const createSeconds = since(created) / 1000;
  const bodies = invitations.map(() => ({ answers: latentAnswers(items, rng) }));

  const requestMs: number[] = [];
  const putMs: number[] = [];
  const submitMs: number[] = [];
  const assessmentMs: number[] = [];
  let non2xx = 0;
  const failures: string[] = [];
  const cpuBefore = cpuSecondsOf(options.apiPid);
  const started = performance.now();
  await mapConcurrent(invitations, options.connections, async (invitation, i) => {
    const t0 = performance.now();
    const put = await api.request(
      'PUT',
      `/api/v1/candidate/assessments/${invitation.token}/answers`,
      {
        body: bodies[i],
      },
    );
    const submit =
      put.status === 200
        ? await api.request('POST', `/api/v1/candidate/assessments/${invitation.token}/submit`)
        : undefined;
    assessmentMs.push(performance.now() - t0);
    for (const [res, list] of [
      [put, putMs],
      [submit, submitMs],
    ] as const) {
      if (!res) continue;
      list.push(res.ms);
      requestMs.push(res.ms);
      if (res.status !== 200) {
        non2xx++;
        if (failures.length < 3)
          failures.push(`${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      }
    }
  });
  const seconds = since(started) / 1000;
  const cpu = cpuSecondsOf(options.apiPid) - cpuBefore;
  if (non2xx > 0) {
    throw new Error(`candidate flow: ${non2xx} non-2xx responses, e.g. ${failures.join(' | ')}`);
  }
  const storedScored = (await scoredCount(db, jobRoleId)) - before;
  if (storedScored !== count) {
    throw new Error(`candidate flow: ${count} submits answered 200 but ${storedScored} are scored`);
  }
  return {
    assessments: count,
    seconds,
    scoredPerSecond: count / seconds,
    requestP50Ms: percentile(requestMs, 50),
    requestP99Ms: percentile(requestMs, 99),
    putP99Ms: percentile(putMs, 99),
    submitP99Ms: percentile(submitMs, 99),
    assessmentP99Ms: percentile(assessmentMs, 99),
    non2xx,
    storedScored,
    createSeconds,
    apiCpuMsPerAssessment: (cpu / count) * 1000,
    apiCpuShare: cpu / seconds,
  };
}

async function scoredCount(db: Client, jobRoleId: string): Promise<number> {
  const { rows } = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM assessments
      WHERE job_role_id = $1 AND status = 'submitted' AND fit IS NOT NULL`,
    [jobRoleId],
  );
  return Number(rows[0].n);
}
