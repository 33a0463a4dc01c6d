import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { createInvitation } from './support/fixtures';

/**
 * The questionnaire's JavaScript budget: at most 150 kB gzip for everything a candidate's
 * browser loads from the link to the review page, the result and the withdrawal pages, and no
 * recruiter, manager or staff code.
 * Sizes are deterministic (the built files), so this is a test, not a benchmark; it prints
 * the figures recorded in BENCHMARKS.md. Desktop project only (the bytes are the same).
 */
const BUDGET_GZIP_BYTES = 150 * 1024;

test('the questionnaire loads at most 150 kB of gzip JavaScript, none of it staff code', async ({
  page,
  request,
}) => {
  const { token } = await createInvitation(request);
  const scripts = new Map<string, number>();
  page.on('requestfinished', (finished) => {
    if (finished.resourceType() !== 'script') return;
    void finished.sizes().then((sizes) => scripts.set(finished.url(), sizes.responseBodySize));
  });

  await page.goto(`/a#${token}`);
  await page.getByRole('button', { name: 'Start' }).click();
  for (let screen = 0; screen < 5; screen++) {
    await page.getByRole('button', { name: /Next|Check your answers/ }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // The link's other pages count too: the withdrawal, and the result (which, before the
  // answers are sent, hands back to the questionnaire).
  await page.goto(`/a/withdraw#${token}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Withdraw your application' }),
  ).toBeVisible();
  await page.goto(`/a/result#${token}`);
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.waitForLoadState('networkidle');

  const rows: { file: string; raw: number; gzip: number; wire: number }[] = [];
  for (const [url, wire] of scripts) {
    const body = await (await request.get(url)).body();
    rows.push({
      file: new URL(url).pathname,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      wire,
    });
  }
  const total = rows.reduce(
    (sum, row) => ({
      file: 'total',
      raw: sum.raw + row.raw,
      gzip: sum.gzip + row.gzip,
      wire: sum.wire + row.wire,
    }),
    { file: 'total', raw: 0, gzip: 0, wire: 0 },
  );
  console.log(JSON.stringify([...rows, total]));

  expect(
    rows.map((row) => row.file).filter((file) => /recruiter|manager|staff/.test(file)),
  ).toEqual([]);
  for (const page of ['questionnaire-page', 'withdraw-page', 'result-page']) {
    expect(rows.some((row) => row.file.includes(page))).toBe(true);
  }
  expect(total.gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
});
