import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Shared by the manager's browser tests: an organisation made through the real API. */
const PASSWORD = 'manager-e2e-password';
export const DIMENSIONS = [
  'prospecting',
  'negotiation-closing',
  'account-care',
  'resilience',
  'coaching-leading',
  'team-contribution',
];

export async function json<T>(
  response: Awaited<ReturnType<APIRequestContext['post']>>,
): Promise<T> {
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as T;
}

/** An organisation with three job roles and a manager, made through the real API. */
export async function organisation(request: APIRequestContext) {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const { accessToken } = await json<{ accessToken: string }>(
    await request.post('/api/v1/auth/signup', {
      data: {
        organizationName: `Team Org ${suffix}`,
        name: 'Admin',
        email: `admin-${suffix}@rolefit.test`,
        password: PASSWORD,
      },
    }),
  );
  const headers = { authorization: `Bearer ${accessToken}` };
  const role = (title: string, isLeadership: boolean, profile: object[]) =>
    request.post('/api/v1/job-roles', {
      headers,
      data: {
        title,
        summary: `${title} of the team.`,
        isLeadership,
        profile,
        channels: { phone: 50, digital: 30, inPerson: 20 },
      },
    });
  const booker = await json<{ id: string }>(
    await role('Meeting booker', false, [
      { dimension: 'prospecting', target: 80, weight: 3, direction: 'atLeast' },
      { dimension: 'resilience', target: 70, weight: 1, direction: 'atLeast' },
    ]),
  );
  const closer = await json<{ id: string }>(
    await role('Closer', false, [
      { dimension: 'negotiation-closing', target: 85, weight: 3, direction: 'atLeast' },
      { dimension: 'account-care', target: 60, weight: 1, direction: 'ideal' },
    ]),
  );
  const lead = await json<{ id: string }>(
    await role('Team lead', true, [
      { dimension: 'coaching-leading', target: 80, weight: 2, direction: 'atLeast' },
      { dimension: 'team-contribution', target: 70, weight: 1, direction: 'atLeast' },
    ]),
  );
  const email = `manager-${suffix}@rolefit.test`;
  const manager = await json<{ id: string }>(
    await request.post('/api/v1/users', {
      headers,
      data: { name: 'Mona Manager', email, password: PASSWORD, role: 'manager' },
    }),
  );
  // The admin's headers and the roles, for building big teams through the API.
  return {
    email,
    headers,
    managerId: manager.id,
    roles: { booker: booker.id, closer: closer.id, lead: lead.id },
  };
}

export async function signIn(page: Page, email: string) {
  await page.goto('/app/teams');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
