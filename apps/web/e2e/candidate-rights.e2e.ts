import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, expectNoHorizontalScroll, screenshot } from './support/axe';
import { createInvitation } from './support/fixtures';

/** Accessible and reflowing at this viewport; a picture when SHOTS_DIR is set. */
async function check(page: Page, name: string, project: string) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, name, project);
}

/**
 * Answers worked out by hand against the fixture questionnaire (likert 1–5 → 0–100, reverse
 * keyed mirrored; a situation adds its option's scores; the mean per dimension):
 * - pipeline discipline: d1 5 → 100, d2 5 → 100, d3 (reverse) 1 → 100, c2 "now" 90 → 97.5,
 *   very high: the one strength;
 * - prospecting: p1 1 → 0, p2 (reverse) 5 → 0, c1 "pause" 40 → 13.3, low, and the role looks
 *   for much more (and has a minimum): the role asks more of it;
 * - resilience: r1 2 → 25, r2 2 → 25, c1 "pause" 80 → 43.3, moderate, under what the role
 *   looks for: the role asks more of it too.
 */
const ANSWERS = {
  licence: true,
  'work-permit': true,
  p1: 1,
  p2: 5,
  r1: 2,
  r2: 2,
  d1: 5,
  d2: 5,
  d3: 1,
  c1: 'pause',
  c2: 'now',
};

async function saveAnswers(request: APIRequestContext, token: string) {
  const saved = await request.put(`/api/v1/candidate/assessments/${token}/answers`, {
    data: { answers: ANSWERS },
  });
  expect(saved.status()).toBe(200);
}

async function submit(request: APIRequestContext, token: string) {
  await saveAnswers(request, token);
  const sent = await request.post(`/api/v1/candidate/assessments/${token}/submit`);
  expect(sent.status()).toBe(200);
}

/** Presses Tab until the control with this accessible text has focus (keyboard only). */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

test.describe('the candidate’s own result and rights from the link', () => {
  test('submit, own result in words, download my data, withdraw by keyboard, withdrawn page', async ({
    page,
    request,
  }, info) => {
    test.setTimeout(120_000);
    const { token, admin, assessmentId, candidate } = await createInvitation(request);
    await saveAnswers(request, token);

    // The organisation's privacy notice is on the welcome screen, before the first question.
    await page.goto(`/a#${token}`);
    const notice = page.getByRole('region', { name: 'How Nordlys Sales AS handles your data' });
    await expect(notice).toContainText('A person at our company reviews every result');
    await expect(page.getByRole('button', { name: 'Download my data' })).toBeVisible();
    await check(page, 'candidate-welcome', info.project.name);

    // Every answer is in: straight to the review, then the one submit.
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Thank you — your answers are sent' }),
    ).toBeVisible();
    await check(page, 'candidate-done', info.project.name);

    // The own result, in words.
    await page.getByRole('link', { name: 'See what your answers say about you' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'What your answers say about you' }),
    ).toBeFocused();
    const strengths = page.getByRole('region', { name: 'Your strengths' });
    await expect(strengths.getByRole('listitem')).toHaveText([
      'Pipeline discipline: Your answers show this as one of your strongest sides.',
    ]);
    const asksMore = page.getByRole('region', { name: 'What the role asks more of' });
    await expect(asksMore.getByRole('listitem')).toHaveText([
      'Prospecting and booking meetings',
      'Resilience',
    ]);
    // Nothing of the role's targets, weights or a fit figure.
    await expect(page.locator('main')).not.toContainText(/target|weight|rank|percentile|\bfit\b/i);
    await check(page, 'candidate-result', info.project.name);

    // The link opened again after submitting reaches the result too.
    await page.goto('about:blank');
    await page.goto(`/a#${token}`);
    await expect(
      page.getByRole('link', { name: 'See what your answers say about you' }),
    ).toBeVisible();
    await page.goto(`/a/result#${token}`);
    await expect(strengths).toBeVisible();

    // Download my data: a JSON file with the name and the answers.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rolefit-my-data.json');
    const data = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      you: { name: string; email: string };
      assessment: { answers: Record<string, unknown>; status: string };
    };
    expect(data.you).toMatchObject(candidate);
    expect(data.assessment.answers).toEqual(ANSWERS);
    expect(data.assessment.status).toBe('submitted');
    await expect(page.getByRole('status')).toHaveText(
      'Your data was downloaded as rolefit-my-data.json.',
    );

    // Withdraw, with the keyboard only.
    await tabTo(page, 'Withdraw my application');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Withdraw your application' }),
    ).toBeFocused();
    await expect(
      page.getByText('Your name, email address and answers are erased at once.'),
    ).toBeVisible();
    await expect(page.getByText(/marked as withdrawn/)).toBeVisible();
    await check(page, 'candidate-withdraw', info.project.name);
    await tabTo(page, 'Yes, withdraw my application');
    await page.keyboard.press('Enter');
    const receipt = page.getByRole('status');
    await expect(receipt).toBeFocused();
    await expect(receipt).toContainText(
      'You withdrew your application for Meeting booker at Nordlys Sales AS.',
    );
    await expect(receipt).toContainText(assessmentId);
    await check(page, 'candidate-withdrawn-receipt', info.project.name);

    // Opening the link again: the friendly "withdrawn" page.
    await page.goto('about:blank');
    await page.goto(`/a#${token}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'You have withdrawn this application' }),
    ).toBeVisible();
    await check(page, 'candidate-withdrawn-page', info.project.name);

    // The recruiter sees the stage withdrawn and no name or email.
    const view = await request.get(`/api/v1/assessments/${assessmentId}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(view.status()).toBe(200);
    const result = (await view.json()) as { stage: string; candidate: { name: string } };
    expect(result.stage).toBe('withdrawn');
    expect(result.candidate.name).toBe('');
    expect(JSON.stringify(result)).not.toContain('Kari');
    expect(JSON.stringify(result)).not.toContain(candidate.email);
  });

  test('in Norwegian: the notice, the result, the withdrawal and its receipt', async ({
    page,
    request,
  }, info) => {
    test.setTimeout(120_000);
    const { token } = await createInvitation(request, { locale: 'nb' });
    await page.goto(`/a#${token}`);
    await expect(
      page.getByRole('region', { name: 'Slik behandler Nordlys Sales AS opplysningene dine' }),
    ).toContainText('Vi bruker navnet ditt');
    await screenshot(page, 'candidate-welcome-nb', info.project.name);

    await submit(request, token);
    await page.goto(`/a/result#${token}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Hva svarene dine sier om deg' }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Dine styrker' })).toContainText(
      'Struktur i salgsarbeidet',
    );
    await expect(page.getByRole('region', { name: 'Hva stillingen krever mer av' })).toContainText(
      'Prospektering og møtebooking',
    );
    await check(page, 'candidate-result-nb', info.project.name);

    await page.getByRole('link', { name: 'Trekk søknaden min' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trekk søknaden din' })).toBeVisible();
    await check(page, 'candidate-withdraw-nb', info.project.name);
    await page.getByRole('button', { name: 'Ja, trekk søknaden min' }).click();
    await expect(page.getByRole('status')).toContainText('Du trakk søknaden din på Meeting booker');
    await check(page, 'candidate-withdrawn-receipt-nb', info.project.name);
    await page.goto('about:blank');
    await page.goto(`/a#${token}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Du har trukket denne søknaden' }),
    ).toBeVisible();
    await check(page, 'candidate-withdrawn-page-nb', info.project.name);
  });

  test('where the organisation does not share results, a kind page says what happens next', async ({
    page,
    request,
  }, info) => {
    const { token, admin } = await createInvitation(request);
    const patched = await request.patch('/api/v1/organization', {
      data: { shareResultsWithCandidates: false },
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(patched.status()).toBe(200);
    await submit(request, token);
    await page.goto(`/a#${token}`);
    await page.getByRole('link', { name: 'About your results' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Your answers are with the organisation' }),
    ).toBeVisible();
    await expect(page.getByText(/does not show candidates their results/)).toBeVisible();
    await expect(page.getByText(/will contact you by email/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Your strengths' })).toHaveCount(0);
    await check(page, 'candidate-result-not-shared', info.project.name);
    await page.getByRole('button', { name: 'Norsk bokmål' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Svarene dine er hos arbeidsgiveren' }),
    ).toBeVisible();
    await check(page, 'candidate-result-not-shared-nb', info.project.name);
  });
});
