import type { Client } from 'pg';
import { HttpClient, SeededRandom, sleep } from '@rolefit/testkit';
import { createJobRole, randomMemberProfile, randomRoleProfile } from './fixtures';
import { mapConcurrent } from './concurrency';

/** `count` job roles with random target profiles (the first `leadership` of them leadership). */
export async function createRoles(
  api: HttpClient,
  token: string,
  count: number,
  rng: SeededRandom,
  leadership = 0,
): Promise<string[]> {
  const specs = Array.from({ length: count }, (_, i) => ({
    title: `Role ${i + 1}`,
    profile: randomRoleProfile(rng),
    isLeadership: i < leadership,
  }));
  return mapConcurrent(specs, 8, (spec) => createJobRole(api, token, spec));
}

export function randomMembers(count: number, roleIds: string[], rng: SeededRandom, prefix = 'M') {
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix} ${i + 1}`,
    currentJobRoleId: rng.pick(roleIds),
    profile: randomMemberProfile(rng),
    performance: Math.round(rng.between(40, 140)),
  }));
}

/** A team with members (one bulk request) and requirements, through the API; returns its id. */
export async function createTeam(
  api: HttpClient,
  token: string,
  name: string,
  members: ReturnType<typeof randomMembers>,
  requirements: { jobRoleId: string; slots: number }[],
): Promise<string> {
  const team = await api.expect<{ id: string }>(201, 'POST', '/api/v1/teams', {
    token,
    body: { name },
  });
  await api.expect(201, 'POST', `/api/v1/teams/${team.id}/members`, {
    token,
    body: { members },
  });
  await api.expect(200, 'PUT', `/api/v1/teams/${team.id}/requirements`, {
    token,
    body: requirements,
  });
  return team.id;
}

export interface AnalysisTiming {
  id: string;
  status: string;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  error: string | null;
}

/**
 * Polls the analyses table directly (not through the API, so the polling adds no load to the
 * server under test) until every id is completed or failed; throws on a failure or timeout.
 */
export async function waitForAnalyses(
  db: Client,
  ids: string[],
  timeoutMs: number,
  intervalMs = 25,
): Promise<AnalysisTiming[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query<{ done: string; failed: string }>(
      `SELECT count(*) FILTER (WHERE status = 'completed') AS done,
              count(*) FILTER (WHERE status = 'failed') AS failed
         FROM team_analyses WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const done = Number(rows[0].done);
    const failed = Number(rows[0].failed);
    if (failed > 0) {
      const { rows: bad } = await db.query<{ error: string }>(
        `SELECT error FROM team_analyses WHERE id = ANY($1::uuid[]) AND status = 'failed' LIMIT 3`,
        [ids],
      );
      throw new Error(`${failed} analyses failed: ${bad.map((b) => b.error).join('; ')}`);
    }
    if (done === ids.length) break;
    if (Date.now() > deadline)
      throw new Error(`only ${done}/${ids.length} analyses completed in time`);
    await sleep(intervalMs);
  }
  const { rows } = await db.query<{
    id: string;
    status: string;
    created_at: Date;
    started_at: Date | null;
    completed_at: Date | null;
    error: string | null;
  }>(
    `SELECT id, status, created_at, started_at, completed_at, error FROM team_analyses
      WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    createdAt: r.created_at,
    startedAt: r.started_at,
    completedAt: r.completed_at,
    error: r.error,
  }));
}
