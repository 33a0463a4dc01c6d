import { expect, type APIRequestContext } from '@playwright/test';

/** A long, honest English preview (the demo's meeting booker) and a Norwegian one. */
export const LONG_PREVIEW = {
  headline: 'Book the first meeting — forty calls a day, every day',
  summary:
    'You are the first voice our customers hear. You call, write and follow up until a decision-maker says yes to a meeting with one of our account executives.',
  typicalDay: [
    {
      start: '08:30',
      end: '09:00',
      activity: 'Stand-up',
      channel: 'internal',
      description: "Yesterday's bookings, today's list, one tip each.",
    },
    {
      start: '09:00',
      end: '11:30',
      activity: 'Call block',
      channel: 'phone',
      description: 'About 40 dials; five or six real conversations.',
    },
    {
      start: '11:30',
      end: '12:00',
      activity: 'Lunch',
      channel: 'internal',
      description: 'Together in the canteen, most days.',
    },
    {
      start: '12:00',
      end: '14:00',
      activity: 'Follow-ups',
      channel: 'digital',
      description: 'LinkedIn messages and emails to the people you reached.',
    },
    {
      start: '14:00',
      end: '15:30',
      activity: 'Second call block',
      channel: 'phone',
      description: 'Call-backs and new numbers.',
    },
    {
      start: '15:30',
      end: '16:00',
      activity: 'CRM hygiene',
      channel: 'internal',
      description: 'Every call logged, next step set.',
    },
  ],
  timeAllocation: [
    { activity: 'Phone prospecting', percent: 60 },
    { activity: 'Digital follow-up', percent: 25 },
    { activity: 'CRM and planning', percent: 10 },
    { activity: 'Team meetings', percent: 5 },
  ],
  culture: [
    'We celebrate booked meetings, not only closed deals.',
    'Everyone shares call recordings; feedback is kind and specific.',
  ],
  demands: [
    { text: '12 qualified meetings a month after your first three months', kind: 'requirement' },
    { text: 'Fluent spoken Norwegian and English', kind: 'requirement' },
    { text: 'You keep the CRM up to date the same day', kind: 'expectation' },
  ],
  hardParts: [
    'Most calls end in a no, some of them rudely.',
    'The work is repetitive; the variety is in the people, not the tasks.',
    'Your numbers are visible to the whole team every day.',
  ],
  location: 'Oslo, Bjørvika',
  remote: 'hybrid',
  locale: 'en',
};

export const NORWEGIAN_PREVIEW = {
  ...LONG_PREVIEW,
  headline: 'Led et salgsteam — ikke bare selg mest selv',
  summary:
    'Du får ansvar for åtte selgere. Jobben er å gjøre hver av dem bedre, ikke å ta de største avtalene selv.',
  culture: ['Vi forfremmer ikke automatisk den beste selgeren; ledelse er sin egen kompetanse.'],
  demands: [
    { text: 'Erfaring med å lede eller lære opp andre', kind: 'requirement' },
    { text: 'Du følger opp hver selger ukentlig', kind: 'expectation' },
  ],
  hardParts: [
    'Du må gi tilbakemeldinger som ikke alltid er populære.',
    'Du får mindre tid til egne kunder enn du kanskje er vant til.',
  ],
  location: 'Oslo',
  locale: 'nb',
};

export interface PublishedJob {
  slug: string;
  previewId: string;
  token: string;
}

const PASSWORD = 'correct horse battery staple';

/**
 * A new organisation with a job role (linked to the default questionnaire, so candidates can
 * apply) and a published preview, through the real API. One per test: the tests count
 * reactions, and the desktop and phone projects run side by side.
 */
export async function publishJob(
  request: APIRequestContext,
  content: Record<string, unknown> = LONG_PREVIEW,
  title = 'Meeting booker',
): Promise<PublishedJob> {
  const email = `jobpage-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@rolefit.test`;
  const signup = await request.post('/api/v1/auth/signup', {
    data: { organizationName: 'Demo Sales AS', name: 'Rita Recruiter', email, password: PASSWORD },
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
