import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, screenshot } from './support/axe';
import {
  LONG_PREVIEW,
  NORWEGIAN_PREVIEW,
  previewStats,
  publishJob,
  type PublishedJob,
} from './support/job-previews';

/** Waits until the island has taken over the forms (it marks nothing; the script has run). */
async function islandReady(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    performance.getEntriesByType('resource').some((e) => e.name.includes('/jobs/assets/island-')),
  );
  await page.waitForLoadState('load');
}

test.describe('the public job page', () => {
  test('reads as the whole preview, with the hard parts first; accessible; no sideways scroll', async ({
    page,
    request,
  }, info) => {
    const job = await publishJob(request);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    const response = await page.goto(`/jobs/${job.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle('Meeting booker at Demo Sales AS');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByRole('heading', { level: 1, name: LONG_PREVIEW.headline }),
    ).toBeVisible();
    const hard = page.getByRole('region', { name: 'The hard parts' });
    await expect(hard.getByRole('listitem')).toHaveText(LONG_PREVIEW.hardParts);
    const day = page.getByRole('region', { name: 'A typical day' });
    await expect(day.getByRole('heading', { level: 3 })).toHaveText(
      LONG_PREVIEW.typicalDay.map((b) => b.activity),
    );
    await expect(day.getByText('2 h 30 min')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Where the time goes' })).toContainText('60%');
    await expect(page.getByRole('heading', { name: 'Requirements' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Expectations' })).toBeVisible();
    await expect(page.getByText('Hybrid: office and home')).toBeVisible();
    // The hard parts come right after the introduction, before the day.
    const order = await page
      .locator('main h2')
      .allTextContents()
      .then((all) => all.slice(0, 2));
    expect(order).toEqual(['The hard parts', 'A typical day']);
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'job-page', info.project.name);
    // One small script, and none of the staff app's code.
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/jobs\/assets\/island-[\w-]+\.js$/);
  });

  test('a double click on a reaction counts once and the thank-you is announced', async ({
    page,
    request,
  }) => {
    const job: PublishedJob = await publishJob(request);
    await page.goto(`/jobs/${job.slug}`);
    await islandReady(page);
    await page.getByRole('button', { name: 'I am interested' }).dblclick();
    const status = page.locator('[data-job-status="reaction"]');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toHaveText('Thank you! Glad it sounds right — you can apply below.');
    await expectNoAxeViolations(page);

    // A second visitor: a reason, then a double click on "Not for me".
    await page.goto(`/jobs/${job.slug}`);
    await islandReady(page);
    await page.getByRole('radio', { name: 'The schedule' }).check();
    await page.getByRole('button', { name: 'Not for me' }).dblclick();
    await expect(status).toHaveText(/Thank you for telling us/);

    await expect
      .poll(async () => {
        const stats = await previewStats(request, job);
        return [stats.interested, stats.notForMe, stats.notForMeByReason.schedule];
      })
      .toEqual([1, 1, 1]);
  });

  test('apply: name and email, the privacy notice shown, then "check your email"', async ({
    page,
    request,
  }, info) => {
    const job = await publishJob(request);
    await page.goto(`/jobs/${job.slug}`);
    await islandReady(page);
    const apply = page.getByRole('region', { name: 'Apply' });
    await expect(
      apply.getByRole('group', { name: 'How Demo Sales AS handles your data' }),
    ).toContainText('download all data we hold about you'); // the organisation's own notice
    await apply.getByLabel('Your name').fill('Kari Nordmann');
    await apply.getByLabel('Your email').fill('kari@example.com');
    await apply.getByRole('button', { name: 'Apply' }).click();
    const sent = apply.getByRole('heading', { name: 'Check your email' });
    await expect(sent).toBeVisible();
    await expect(sent).toBeFocused();
    await expect(apply.locator('[role="status"]')).toContainText('kari@example.com');
    // The private link is never shown on the page.
    await expect(page.locator('body')).not.toContainText('/a#');
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'job-page-applied', info.project.name);
  });

  test('a Norwegian preview reads in Norwegian', async ({ page, request }, info) => {
    const job = await publishJob(request, NORWEGIAN_PREVIEW, 'Salgsteamleder');
    await page.goto(`/jobs/${job.slug}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page).toHaveTitle('Salgsteamleder hos Demo Sales AS');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Det som er krevende' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Jeg er interessert' })).toBeVisible();
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'job-page-nb', info.project.name);
  });

  test('an unknown job is a real 404 page', async ({ page }, info) => {
    const response = await page.goto('/jobs/no-such-job-0000');
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole('heading', { level: 1, name: 'We could not find this job' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'job-page-404', info.project.name);
  });

  test('the page answering a form posted without the script is accessible too', async ({
    page,
    request,
  }, info) => {
    const job = await publishJob(request);
    // Scripts on (axe needs them) but the island blocked: the form posts as plain HTML.
    await page.route('**/jobs/assets/**', (route) => route.abort());
    await page.goto(`/jobs/${job.slug}`);
    await page.getByRole('button', { name: 'I am interested' }).click();
    await expect(page.getByRole('status')).toHaveText(/Glad it sounds right/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'job-page-thanks-nojs', info.project.name);
  });

  test('keyboard: every control is reachable and shows its focus', async ({ page, request }) => {
    const job = await publishJob(request);
    await page.goto(`/jobs/${job.slug}`);
    // The first stop of the keyboard is the first reaction; its focus ring is drawn.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'I am interested' })).toBeFocused();
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(ring).toBe('solid 3px');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'The tasks' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'The schedule' })).toBeChecked();
    // Every button and field is at least 24 × 24 px (WCAG 2.5.8).
    const small = await page.evaluate(
      () =>
        [
          ...document.querySelectorAll(
            'button, input:not([type="radio"]):not([type="hidden"]), .jp-chip',
          ),
        ]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width < 24 || r.height < 24).length,
    );
    expect(small).toBe(0);
  });
});

test.describe('the public job page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('reads completely, and a reaction still goes through as a plain form', async ({
    page,
    request,
  }, info) => {
    const job = await publishJob(request);
    await page.goto(`/jobs/${job.slug}`);
    await expect(
      page.getByRole('heading', { level: 1, name: LONG_PREVIEW.headline }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'The hard parts' })).toContainText(
      LONG_PREVIEW.hardParts[0]!,
    );
    await expect(page.getByText('About 40 dials; five or six real conversations.')).toBeVisible();
    // (axe needs scripts in the page; the same markup is checked with JavaScript on above.)
    await screenshot(page, 'job-page-nojs', info.project.name);

    await page.getByRole('radio', { name: 'The pay' }).check();
    await page.getByRole('button', { name: 'Not for me' }).click();
    await expect(page.getByRole('status')).toHaveText(/Thank you for telling us/);
    await page.getByRole('link', { name: 'Back to the job' }).click();
    await expect(page).toHaveURL(new RegExp(`/jobs/${job.slug}$`));

    await page.getByLabel('Your name').fill('Ola Nordmann');
    await page.getByLabel('Your email').fill('ola@example.com');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();

    const stats = await previewStats(request, job);
    expect([stats.notForMe, stats.notForMeByReason.pay]).toEqual([1, 1]);
  });
});
