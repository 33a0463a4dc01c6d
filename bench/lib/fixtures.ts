import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-roles';
import { DEFAULT_DIMENSION_KEYS } from '@rolefit/domain';
import { clamp, HttpClient, previewPayload, SeededRandom } from '@rolefit/testkit';
import { randomUUID } from 'node:crypto';

/** The default model's dimension keys: every new organisation has them. */
export const DIMENSIONS: readonly string[] = DEFAULT_DIMENSION_KEYS;

/** Every organisation these create signs in with the demo password (a known-valid one). */
export const PASSWORD = DEMO_PASSWORD;

/** Signs up a fresh organisation through the API and returns the admin's access token. */
export async function signup(api: HttpClient, name = 'Bench Org'): Promise<string> {
  const body = await api.expect<{ accessToken: string }>(201, 'POST', '/api/v1/auth/signup', {
    body: {
      organizationName: name,
      name: 'Bench Admin',
      email: `bench-${randomUUID().slice(0, 8)}@rolefit.test`,
      password: PASSWORD,
    },
  });
  return body.accessToken;
}

/** A manager of the signed-up organisation, and their access token. */
export async function addManager(
  api: HttpClient,
  adminToken: string,
): Promise<{ id: string; token: string }> {
  const email = `bench-manager-${randomUUID().slice(0, 8)}@rolefit.test`;
  const user = await api.expect<{ id: string }>(201, 'POST', '/api/v1/users', {
    token: adminToken,
    body: { name: 'Bench Manager', email, password: PASSWORD, role: 'manager' },
  });
  const login = await api.expect<{ accessToken: string }>(200, 'POST', '/api/v1/auth/login', {
    body: { email, password: PASSWORD },
  });
  return { id: user.id, token: login.accessToken };
}

export interface ProfileEntry {
  dimension: string;
  target: number;
  weight: number;
  direction: 'atLeast' | 'ideal';
}

/** A target profile over 3–5 random dimensions. */
export function randomRoleProfile(rng: SeededRandom): ProfileEntry[] {
  const count = rng.int(3, 5);
  const dims = [...DIMENSIONS].sort(() => rng.next() - 0.5).slice(0, count);
  return dims.map((dimension) => ({
    dimension,
    target: rng.int(50, 90),
    weight: rng.int(1, 3),
    direction: rng.next() < 0.75 ? 'atLeast' : 'ideal',
  }));
}

/** A member profile: a general level plus per-dimension spread, 0–100. */
export function randomMemberProfile(rng: SeededRandom): Record<string, number> {
  const level = rng.between(35, 85);
  return Object.fromEntries(
    DIMENSIONS.map((d) => [d, Math.round(clamp(level + 15 * rng.normal(), 0, 100))]),
  );
}

export async function createJobRole(
  api: HttpClient,
  token: string,
  fields: {
    title: string;
    profile: ProfileEntry[];
    isLeadership?: boolean;
    questionnaireId?: string;
  },
): Promise<string> {
  const role = await api.expect<{ id: string }>(201, 'POST', '/api/v1/job-roles', {
    token,
    body: {
      summary: 'A role generated for the benchmarks.',
      isLeadership: false,
      channels: { phone: 50, digital: 40, inPerson: 10 },
      ...fields,
    },
  });
  return role.id;
}

/** The same publishable preview the end-to-end tests use (one source of test data). */
export const previewContent = () => previewPayload();

/** A job role with a published preview; returns the public slug. */
export async function createPublishedPreview(api: HttpClient, token: string): Promise<string> {
  const roleId = await createJobRole(api, token, {
    title: 'Meeting booker',
    profile: [
      { dimension: 'prospecting', target: 80, weight: 3, direction: 'atLeast' },
      { dimension: 'resilience', target: 70, weight: 2, direction: 'atLeast' },
    ],
  });
  const preview = await api.expect<{ id: string }>(
    201,
    'POST',
    `/api/v1/job-roles/${roleId}/previews`,
    {
      token,
      body: previewContent(),
    },
  );
  const published = await api.expect<{ slug: string }>(
    200,
    'POST',
    `/api/v1/previews/${preview.id}/publish`,
    {
      token,
    },
  );
  return published.slug;
}

export interface LikertItemSpec {
  key: string;
  dimension: string;
  keyed: 1 | -1;
}

/** `count` likert items spread over the default dimensions, every fourth reverse-keyed. */
export function likertItems(count: number): LikertItemSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `q${String(i + 1).padStart(2, '0')}`,
    dimension: DIMENSIONS[i % DIMENSIONS.length],
    keyed: i % 4 === 3 ? -1 : 1,
  }));
}

/** Creates and publishes a questionnaire of likert items on a 1–5 scale; returns its id. */
export async function createPublishedQuestionnaire(
  api: HttpClient,
  token: string,
  items: LikertItemSpec[],
): Promise<string> {
  const questionnaire = await api.expect<{ id: string }>(201, 'POST', '/api/v1/questionnaires', {
    token,
    body: {
      title: `Bench questionnaire (${items.length} items)`,
      locales: ['en'],
      scale: { min: 1, max: 5 },
      items: items.map((item) => ({
        key: item.key,
        type: 'likert',
        text: { en: `Statement ${item.key} about ${item.dimension}.` },
        dimension: item.dimension,
        keyed: item.keyed,
      })),
    },
  });
  await api.expect(200, 'POST', `/api/v1/questionnaires/${questionnaire.id}/publish`, { token });
  return questionnaire.id;
}

/**
 * Answers from a latent trait per dimension plus noise, so items of one dimension correlate
 * as real ones do; reverse-keyed items are answered the other way round.
 */
export function latentAnswers(items: LikertItemSpec[], rng: SeededRandom): Record<string, number> {
  const trait = new Map(DIMENSIONS.map((d) => [d, rng.between(0, 4)]));
  return Object.fromEntries(
    items.map((item) => {
      const level = clamp(
        Math.round(1 + trait.get(item.dimension)! + (rng.next() - 0.5) * 2.5),
        1,
        5,
      );
      return [item.key, item.keyed === 1 ? level : 6 - level];
    }),
  );
}
