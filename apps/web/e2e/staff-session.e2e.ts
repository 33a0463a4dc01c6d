import { expect, test } from '@playwright/test';
import { signInThroughForm, signUpOrganization } from './support/staff';

test('a reload stays signed in through the refresh cookie; the token is never script-readable; sign-out ends it', async ({
  page,
  request,
}) => {
  const admin = await signUpOrganization(request, 'Session Test AS');
  await page.goto('/app');
  const login = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
  await signInThroughForm(page, admin);
  const accessToken = ((await (await login).json()) as { accessToken: string }).accessToken;
  expect(accessToken.length).toBeGreaterThan(20);

  const readable = () =>
    page.evaluate(() => ({
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      cookie: document.cookie,
    }));
  const expectNothingReadable = async () => {
    const stored = await readable();
    expect(stored.local).not.toContain(accessToken);
    expect(stored.session).not.toContain(accessToken);
    expect(stored.cookie).not.toContain(accessToken);
    // The refresh cookie exists but is HttpOnly: a script cannot see it.
    expect(stored.cookie).not.toContain('rolefit_refresh');
  };
  await expectNothingReadable();
  const cookies = await page.context().cookies();
  const refresh = cookies.find((c) => c.name === 'rolefit_refresh');
  expect(refresh?.httpOnly).toBe(true);
  expect(refresh?.path).toBe('/api/v1/auth');
  expect(refresh?.sameSite).toBe('Strict');

  // Reload: signed in again through POST /auth/refresh, without the form.
  const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/refresh'));
  await page.reload();
  expect((await refreshed).status()).toBe(200);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByText('Signed in as Ada Admin')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toHaveCount(0);
  await expectNothingReadable();

  // Sign out: the server ends the session and clears the cookie; a reload shows sign-in.
  const logout = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/logout'));
  await page.getByRole('button', { name: 'Sign out' }).click();
  expect((await logout).status()).toBe(204);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  expect((await page.context().cookies()).some((c) => c.name === 'rolefit_refresh')).toBe(false);
  // The old access token no longer works either.
  const me = await request.get('/api/v1/me', {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  expect(me.status()).toBe(401);
});

test('an expired access token is refreshed once and the request retried', async ({
  page,
  request,
}) => {
  const admin = await signUpOrganization(request, 'Expiry Test AS');
  await page.goto('/app/recruiting');
  await signInThroughForm(page, admin);
  await expect(page.getByRole('heading', { level: 1, name: 'Recruiting' })).toBeVisible();
  // The API refuses the next job-roles read as an expired token would; the page refreshes
  // and asks again with the new token.
  const seen: string[] = [];
  let refused = false;
  await page.route('**/api/v1/job-roles?*', async (route) => {
    seen.push(route.request().headers()['authorization'] ?? '');
    if (!refused) {
      refused = true;
      await route.fulfill({
        status: 401,
        contentType: 'application/problem+json',
        body: JSON.stringify({ status: 401, title: 'Unauthorized' }),
      });
      return;
    }
    await route.continue();
  });
  const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/refresh'));
  const nav = page.getByRole('navigation', { name: 'Workspace' });
  await nav.getByRole('link', { name: 'Questionnaires' }).click();
  await nav.getByRole('link', { name: 'Recruiting' }).click();
  expect((await refreshed).status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'No job roles yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(seen).toHaveLength(2);
  // Both carry a bearer token (a refresh within the same second may mint the same one).
  expect(seen.every((value) => value.startsWith('Bearer '))).toBe(true);
});
