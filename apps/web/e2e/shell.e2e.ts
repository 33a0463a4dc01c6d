import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, screenshot } from './support/axe';
import { signInThroughForm, signUpOrganization } from './support/staff';

test.describe('the app served by the API', () => {
  test('start page: accessible, no sideways scroll, language switch sets <html lang>', async ({
    page,
  }, info) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Rolefit' })).toBeVisible();
    await expect(page).toHaveTitle('Rolefit');
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'home', info.project.name);

    await page.getByRole('button', { name: 'Norsk bokmål' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page.getByRole('link', { name: 'Gå til arbeidsområdet' })).toBeVisible();
  });

  test('a deep link under /app opens that page; navigating moves focus and title', async ({
    page,
    request,
  }) => {
    const admin = await signUpOrganization(request);
    const response = await page.goto('/app/teams');
    expect(response?.headers()['cache-control']).toBe('no-store');
    // Signed out, the deep link asks for sign-in first, then shows the page it names.
    await signInThroughForm(page, admin);
    await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
    await expect(page).toHaveTitle('Teams – Rolefit');
    await page.getByRole('link', { name: 'Recruiting' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Recruiting' });
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle('Recruiting – Rolefit');
    await expectNoAxeViolations(page);
  });

  test('the candidate page does not load the staff code', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/a');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(scripts.some((path) => /questionnaire-page/.test(path))).toBe(true);
    expect(scripts.filter((path) => /recruiter|manager|staff/.test(path))).toEqual([]);
  });

  test('an unknown API path is still problem+json, not the app', async ({ request }) => {
    const response = await request.get('/api/v1/no-such-thing');
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toContain('application/problem+json');
  });
});
