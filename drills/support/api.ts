import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-roles';
import { DEFAULT_DIMENSION_KEYS } from '@rolefit/domain';
import { httpRequest, HttpResult, json, newAgent, seededRandom } from '@rolefit/testkit';
import { randomUUID } from 'node:crypto';
import type { Agent } from 'node:http';

/** Every organisation these create signs in with the demo password (a known-valid one). */
export const PASSWORD = DEMO_PASSWORD;
/** The default model's dimension keys: every new organisation has them. */
export const DIMENSIONS: readonly string[] = DEFAULT_DIMENSION_KEYS;

/** A thin client of the Rolefit HTTP API (the drills go through the real routes). */
export class ApiClient {
  readonly agent: Agent;

  constructor(
    readonly base: string,
    public token?: string,
    agent?: Agent,
  ) {
    this.agent = agent ?? newAgent(16);
  }

  request(
    method: string,
    path: string,
    body?: unknown,
    extra: { requestId?: string; timeoutMs?: number; token?: string | null } = {},
  ): Promise<HttpResult> {
    return httpRequest({
      base: this.base,
      method,
      path: `/api/v1${path}`,
      body,
      token: extra.token === null ? undefined : (extra.token ?? this.token),
      agent: this.agent,
      requestId: extra.requestId,
      timeoutMs: extra.timeoutMs ?? 60_000,
    });
  }

  /** A request that must succeed with one of `expected`; returns the parsed body. */
  async must<T>(method: string, path: string, body?: unknown, expected = [200, 201]): Promise<T> {
    const res = await this.request(method, path, body);
    if (res.status === undefined || !expected.includes(res.status)) {
      throw new Error(
        `${method} ${path}: expected ${expected.join('/')}, got ${res.status ?? res.error} ${res.body.slice(0, 500)}`,
      );
    }
    return (res.body ? json<T>(res) : undefined) as T;
  }

  /** Signs up a fresh organisation; the client then acts as its admin. */
  static async signup(base: string, organizationName: string): Promise<ApiClient> {
    const client = new ApiClient(base);
    const { accessToken } = await client.must<{ accessToken: string }>(
      'POST',
      '/auth/signup',
      {
        organizationName,
        name: 'Drill Admin',
        email: `drill-${randomUUID().slice(0, 12)}@rolefit.test`,
        password: PASSWORD,
      },
      [201],
    );
    client.token = accessToken;
    return client;
  }

  async createRole(
    title: string,
    profile: object[],
    extra: Record<string, unknown> = {},
  ): Promise<string> {
    const role = await this.must<{ id: string }>(
      'POST',
      '/job-roles',
      {
        title,
        summary: `${title}: created by a fault drill.`,
        isLeadership: false,
        profile,
        channels: { phone: 40, digital: 40, inPerson: 20 },
        ...extra,
      },
      [201],
    );
    return role.id;
  }

  async createTeam(name: string): Promise<string> {
    return (await this.must<{ id: string }>('POST', '/teams', { name }, [201])).id;
  }

  async addMembers(teamId: string, members: object[]): Promise<number> {
    const res = await this.must<{ added: number }>(
      'POST',
      `/teams/${teamId}/members`,
      { members },
      [201],
    );
    return res.added;
  }

  async setRequirements(teamId: string, requirements: { jobRoleId: string; slots: number }[]) {
    await this.must('PUT', `/teams/${teamId}/requirements`, requirements, [200]);
  }
}

export interface TeamSpec {
  members: number;
  roles: number;
  slots: number;
  seed: number;
  name?: string;
  /** Reuse roles made earlier instead of creating `roles` new ones. */
  roleIds?: string[];
}

/** Seeded random role profiles over the default model's dimensions. */
export function roleProfile(rand: () => number): object[] {
  const dims = [...DIMENSIONS].sort(() => rand() - 0.5).slice(0, 3 + Math.floor(rand() * 3));
  return dims.map((dimension) => ({
    dimension,
    target: 40 + Math.round(rand() * 50),
    weight: 1 + Math.floor(rand() * 3),
    direction: rand() < 0.7 ? 'atLeast' : 'ideal',
  }));
}

export function memberProfile(rand: () => number): Record<string, number> {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, Math.round(rand() * 1000) / 10]));
}

/**
 * A team of `members` seeded members with `roles` roles of `slots` slots each, built through
 * the API (roles one by one, members in bulk requests of up to 5,000).
 */
export async function buildTeam(
  api: ApiClient,
  spec: TeamSpec,
): Promise<{ teamId: string; roleIds: string[] }> {
  const rand = seededRandom(spec.seed);
  const roleIds = spec.roleIds ?? [];
  for (let r = roleIds.length; r < spec.roles; r++) {
    roleIds.push(await api.createRole(`Drill role ${spec.seed}-${r}`, roleProfile(rand)));
  }
  const teamId = await api.createTeam(spec.name ?? `Drill team ${spec.seed}`);
  const members = Array.from({ length: spec.members }, (_, i) => ({
    name: `Member ${spec.seed}-${i}`,
    profile: memberProfile(rand),
    currentJobRoleId: roleIds[i % roleIds.length],
    performance: Math.round(rand() * 150),
  }));
  for (let i = 0; i < members.length; i += 5000) {
    await api.addMembers(teamId, members.slice(i, i + 5000));
  }
  await api.setRequirements(
    teamId,
    roleIds.slice(0, spec.roles).map((jobRoleId) => ({ jobRoleId, slots: spec.slots })),
  );
  return { teamId, roleIds };
}
