import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const PASSWORD = 'a long enough password';

export interface StaffUser {
  email: string;
  password: string;
  token: string;
}

let counter = 0;
const unique = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${process.pid}-${++counter}@example.com`;

/** A fresh organisation through the real API; its first user is an admin. */
export async function signUpOrganization(
  request: APIRequestContext,
  organizationName = 'Browser Test AS',
): Promise<StaffUser> {
  const email = unique('admin');
  const response = await request.post('/api/v1/auth/signup', {
    data: { organizationName, name: 'Ada Admin', email, password: PASSWORD },
  });
  expect(response.status()).toBe(201);
  return { email, password: PASSWORD, token: (await response.json()).accessToken };
}

/** Another user of the admin's organisation, with the given role. */
export async function addStaffUser(
  request: APIRequestContext,
  admin: StaffUser,
  role: 'admin' | 'recruiter' | 'manager',
  name = 'Rita Recruiter',
): Promise<StaffUser> {
  const email = unique(role);
  const created = await request.post('/api/v1/users', {
    headers: { authorization: `Bearer ${admin.token}` },
    data: { name, email, password: PASSWORD, role },
  });
  expect(created.status()).toBe(201);
  const login = await request.post('/api/v1/auth/login', { data: { email, password: PASSWORD } });
  expect(login.status()).toBe(200);
  return { email, password: PASSWORD, token: (await login.json()).accessToken };
}

/** Signs in through the form at the current /app address, as a person would. */
export async function signInThroughForm(page: Page, user: StaffUser): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Password hashing takes seconds when five engineers share two cores.
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible({ timeout: 15_000 });
}
