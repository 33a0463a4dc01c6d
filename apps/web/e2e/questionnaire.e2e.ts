import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, screenshot } from './support/axe';
import { createInvitation } from './support/fixtures';
import { answer, answersSaved as saved } from './support/questionnaire';

/** Accessible and reflowing at this viewport; a picture when SHOTS_DIR is set. */
async function check(page: Page, name: string, project: string) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, name, project);
}

test.describe('the candidate questionnaire at /a#<token>', () => {
  test('welcome, requirements, statements, situations, resume, offline, review, one submit', async ({
    page,
    request,
    context,
  }, info) => {
    test.setTimeout(150_000);
    const { token } = await createInvitation(request);
    const serverSaw: string[] = [];
    page.on('request', (r) => {
      serverSaw.push(`${r.url()} ${r.headers()['referer'] ?? ''}`);
    });

    await page.goto(`/a#${token}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'How you like to work' }),
    ).toBeVisible();
    await expect(page.getByText('Nordlys Sales AS · Meeting booker')).toBeVisible();
    // 7 statements and 2 requirements at 8 s, 2 situations at 30 s: 132 s → about 3 minutes.
    await expect(page.getByText('11 questions, about 3 minutes')).toBeVisible();
    await expect(page.getByText('The first 2 questions are requirements of the job')).toBeVisible();
    await expect(page.getByText(/The link works until/)).toBeVisible();
    // The organisation's privacy notice comes before the first question.
    await expect(
      page.getByRole('region', { name: 'How Nordlys Sales AS handles your data' }),
    ).toContainText('A person at our company reviews every result');
    await check(page, 'questionnaire-welcome', info.project.name);

    await page.getByRole('button', { name: 'Start' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Requirements of the job' }),
    ).toBeFocused();
    await page
      .getByRole('group', { name: 'Do you hold a driving licence?' })
      .getByText('Yes')
      .click();
    await page
      .getByRole('group', { name: 'Are you allowed to work in Norway?' })
      .getByText('Yes')
      .click();
    await saved(page);
    await check(page, 'questionnaire-requirements', info.project.name);
    await page.getByRole('button', { name: 'Next' }).click();

    // Statements: five on the first screen. Arrow keys move within a radio group.
    await expect(
      page.getByRole('heading', { level: 1, name: /How well does each statement/ }),
    ).toBeFocused();
    await expect(page.getByText('Part 1 of 2')).toBeVisible();
    const first = page.getByRole('group', { name: 'I enjoy calling people I have never met.' });
    await first.getByRole('radio', { name: 'Agree', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(first.getByRole('radio', { name: 'Strongly agree' })).toBeChecked();
    for (const statement of [
      'A no on the phone spoils my day.',
      'I bounce back quickly after a setback.',
      'Pressure makes me do my best work.',
      'I log every call the same day.',
    ]) {
      // The whole label is the target.
      await answer(page, statement, 'Agree');
    }
    await saved(page);
    await check(page, 'questionnaire-statements', info.project.name);

    // Closing and opening the link again resumes on the same screen, with the answers kept.
    await page.goto('about:blank');
    await page.goto(`/a#${token}`);
    await expect(page.getByText('You have answered 7 of 11.')).toBeVisible();
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    await expect(page.getByText('Part 1 of 2')).toBeVisible();
    await expect(first.getByRole('radio', { name: 'Strongly agree' })).toBeChecked();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Part 2 of 2')).toBeVisible();
    await page
      .getByRole('group', { name: 'I plan my week before it starts.' })
      .getByText('Strongly agree')
      .click();
    await page
      .getByRole('group', { name: 'Follow-ups slip when I am busy.' })
      .getByText('Disagree', { exact: true })
      .click();
    await saved(page);
    await page.getByRole('button', { name: 'Next' }).click();

    // A situation per screen. Offline, the answer waits on the device and goes out later.
    await expect(page.getByRole('heading', { level: 1, name: 'A situation' })).toBeFocused();
    await context.setOffline(true);
    await page.getByText('Call the next one straight away').click();
    await expect(page.getByRole('status')).toHaveText(/You are offline/);
    await check(page, 'questionnaire-offline', info.project.name);
    await context.setOffline(false);
    await saved(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Update them before you leave').click();
    await saved(page);
    await page.getByRole('button', { name: 'Check your answers' }).click();

    // Review: every answer with a change link; changing returns here.
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
    await expect(page.getByText('Not answered')).toHaveCount(0);
    await check(page, 'questionnaire-review', info.project.name);
    await page
      .getByRole('button', { name: 'Change your answer to: Pressure makes me do my best work.' })
      .click();
    await page
      .getByRole('group', { name: 'Pressure makes me do my best work.' })
      .getByText('Strongly disagree')
      .click();
    await saved(page);
    await page.getByRole('button', { name: 'Check your answers' }).click();
    const changed = page
      .getByRole('listitem')
      .filter({ hasText: 'Pressure makes me do my best work.' });
    await expect(changed).toContainText('Strongly disagree');

    await page.getByRole('button', { name: 'Send my answers' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Thank you — your answers are sent' }),
    ).toBeVisible();
    await expect(page.getByText(/Nordlys Sales AS will read your answers/)).toBeVisible();
    await check(page, 'questionnaire-done', info.project.name);

    // The server has it, once; the device keeps nothing; no page URL or Referer carried the token.
    const state = await request.get(`/api/v1/candidate/assessments/${token}`);
    expect(((await state.json()) as { status: string }).status).toBe('submitted');
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(token);
    const leaks = serverSaw.filter(
      (line) =>
        line.includes(token) &&
        !line.startsWith(`${new URL(page.url()).origin}/api/v1/candidate/assessments/${token}`),
    );
    expect(leaks).toEqual([]);
    expect(serverSaw.filter((line) => line.split(' ')[1]?.includes(token))).toEqual([]);

    // Opening the link again shows the receipt, not the questions.
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Thank you — your answers are sent' }),
    ).toBeVisible();
  });

  test('speaks the language it was sent in, and switches', async ({ page, request }, info) => {
    const { token } = await createInvitation(request, { locale: 'nb' });
    await page.goto(`/a#${token}`);
    await expect(page.getByText('11 spørsmål, omtrent 3 minutter')).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Slik behandler Nordlys Sales AS opplysningene dine' }),
    ).toContainText('Vi bruker navnet ditt');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('group', { name: 'Har du førerkort?' })).toBeVisible();
    await screenshot(page, 'questionnaire-requirements-nb', info.project.name);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('group', { name: 'Do you hold a driving licence?' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an unknown link and a link without its token get friendly pages', async ({
    page,
  }, info) => {
    await page.goto('/a#AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await expect(
      page.getByRole('heading', { level: 1, name: 'This link does not work any more' }),
    ).toBeVisible();
    await check(page, 'questionnaire-link-gone', info.project.name);
    await page.goto('/a');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Open the link from your email' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
