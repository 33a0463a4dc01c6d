import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_ROLES, type DemoRole } from '../../../api/src/demo/demo-roles';

const demoPreview = (key: DemoRole['key']) => DEMO_ROLES.find((r) => r.key === key)!.preview;

/** A long, honest English preview: the demo's meeting booker. */
export const LONG_PREVIEW = demoPreview('booker');

/** A Norwegian one: the demo team lead's texts over the booker's day and time split. */
const lead = demoPreview('lead');
export const NORWEGIAN_PREVIEW = {
  ...LONG_PREVIEW,
  headline: lead.headline,
  summary: lead.summary,
  culture: lead.culture,
  demands: lead.demands,
  hardParts: lead.hardParts,
  location: lead.location,
  locale: lead.locale,
};

export interface PublishedJob {
  slug: string;
  previewId: string;
  token: string;
}

/**
 * A new organisation with a job role (linked to the default questionnaire, so candidates can
 * apply) and a published preview, through the real API. One per test: the tests count
 * reactions, and the desktop and phone projects run side by side.
 */
export async function publishJob(
  request: APIRequestContext,
  content: object = LONG_PREVIEW,
  title = 'Meeting booker',
): Promise<PublishedJob> {
  const email = `jobpage-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@rolefit.test`;
  const signup = await request.post('/api/v1/auth/signup', {
    data: {
      organizationName: 'Demo Sales AS',
      name: 'Rita Recruiter',
      email,
      password: DEMO_PASSWORD,
    },
  });
  expect(signup.status()).toBe(201);
  const { accessToken: token } = (await signup.json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${token}` };
  const questionnaires = await request.get('/api/v1/questionnaires', { headers });
  const questionnaireId = ((await questionnaires.json()) as { items: { id: string }[] }).items[0]!
    .id;
  const role = await request.post('/api/v1/job-roles', {
    headers,
    data: {
      title,
      summary: 'Books first meetings with new customers.',
      isLeadership: false,
      profile: [{ dimension: 'prospecting', target: 80, weight: 3, direction: 'atLeast' }],
      channels: { phone: 70, digital: 25, inPerson: 5 },
      questionnaireId,
    },
  });
  expect(role.status()).toBe(201);
  const roleId = ((await role.json()) as { id: string }).id;
  const draft = await request.post(`/api/v1/job-roles/${roleId}/previews`, {
    headers,
    data: content,
  });
  expect(draft.status()).toBe(201);
  const { id: previewId, slug } = (await draft.json()) as { id: string; slug: string };
  const published = await request.post(`/api/v1/previews/${previewId}/publish`, { headers });
  expect(published.status()).toBe(200);
  return { slug, previewId, token };
}

export interface PreviewStats {
  views: number;
  interested: number;
  notForMe: number;
  notForMeByReason: Record<string, number>;
}

export async function previewStats(
  request: APIRequestContext,
  job: PublishedJob,
): Promise<PreviewStats> {
  const res = await request.get(`/api/v1/previews/${job.previewId}/stats`, {
    headers: { authorization: `Bearer ${job.token}` },
  });
  expect(res.status()).toBe(200);
  return (await res.json()) as PreviewStats;
}
