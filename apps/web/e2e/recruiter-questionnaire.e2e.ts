import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, screenshot } from './support/axe';
import { cronbachAlpha, keyedScore } from './support/cronbach';
import { createBookerRole, publishQuestionnaire, submitCandidate } from './support/recruiting';
import { addStaffUser, signInThroughForm, signUpOrganization } from './support/staff';

test('a recruiter builds a questionnaire in both languages, publishes it, and starts a reliability run', async ({
  page,
  request,
}, info) => {
  test.setTimeout(120_000);
  const project = info.project.name;
  const admin = await signUpOrganization(request, 'Skjema AS');
  const recruiter = await addStaffUser(request, admin, 'recruiter');
  await page.goto('/app');
  await signInThroughForm(page, recruiter);
  await page
    .getByRole('navigation', { name: 'Workspace' })
    .getByRole('link', { name: 'Questionnaires' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Questionnaires' })).toBeFocused();
  await page.getByLabel('Title of a new questionnaire').fill('Booker fit');
  await page.getByRole('button', { name: 'Create questionnaire' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Questionnaire: Booker fit' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Add a statement' }).click();
  const item1 = page.getByRole('listitem', { name: 'Item 1: statement (likert)' });
  await item1.getByLabel('Text in English').fill('I enjoy calling people I do not know.');
  // Saved without its Norwegian text: the summary names the field in words and leads to it.
  await page.getByRole('button', { name: 'Save draft' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Please fix these fields' });
  const missing = summary.getByRole('link', {
    name: 'Item 1 — text (Norwegian): Fill this in.',
  });
  await expect(missing).toBeVisible();
  await expect(summary).not.toContainText('items[');
  await expectNoAxeViolations(page);
  await screenshot(page, 'recruiter-questionnaire-errors', project);
  await page.getByRole('button', { name: 'Norsk bokmål' }).click();
  await expect(
    page.getByRole('alert').getByRole('link', {
      name: 'Spørsmål 1 — tekst (norsk): Fyll ut dette feltet.',
    }),
  ).toBeVisible();
  await expect(page.getByText('Ikke lagret: rett feltene som er merket nedenfor.')).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'recruiter-questionnaire-errors-nb', project);
  await page.getByRole('button', { name: 'English' }).click();
  await missing.click();
  await expect(item1.getByLabel('Text in Norwegian')).toBeFocused();
  await item1.getByLabel('Text in Norwegian').fill('Jeg liker å ringe folk jeg ikke kjenner.');
  await item1.getByLabel('Keying').selectOption('-1');
  await page.getByRole('button', { name: 'Add a requirement' }).click();
  const item2 = page.getByRole('listitem', { name: 'Item 2: requirement (knock-out)' });
  await item2.getByLabel('Text in English').fill('Do you hold a driving licence?');
  await item2.getByLabel('Text in Norwegian').fill('Har du førerkort?');
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'recruiter-questionnaire-builder', project);

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Candidates answer version 1.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Published, with advice' })).toBeVisible();

  await page.getByRole('button', { name: 'Run reliability' }).click();
  await expect(page.getByText(/Version 1: (waiting to start|computing|done)/)).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'recruiter-questionnaire-published', project);

  await page.getByRole('link', { name: 'Back to the questionnaires' }).click();
  await expect(page.getByRole('article', { name: 'Booker fit' })).toContainText(
    'published (version 1)',
  );
  await expectNoAxeViolations(page);
  await screenshot(page, 'recruiter-questionnaires', project);
});

test('reliability from the builder: alpha per dimension with n, equal to alpha computed here from the answers', async ({
  page,
  request,
}, info) => {
  test.setTimeout(120_000);
  const admin = await signUpOrganization(request, 'Alfa AS');
  const recruiter = await addStaffUser(request, admin, 'recruiter');
  const items = [
    { key: 'p1', dimension: 'prospecting', keyed: 1 },
    { key: 'p2', dimension: 'prospecting', keyed: -1 },
    { key: 'p3', dimension: 'prospecting', keyed: 1 },
    { key: 'r1', dimension: 'resilience', keyed: 1 },
    { key: 'r2', dimension: 'resilience', keyed: 1 },
    { key: 'r3', dimension: 'resilience', keyed: -1 },
  ] as const;
  const questionnaireId = await publishQuestionnaire(request, recruiter, 'Alpha check', items);
  const roleId = await createBookerRole(request, recruiter, questionnaireId);

  // Seven candidates' answers (raw, as they would click them), submitted through their links.
  const answered = [
    [5, 1, 4, 4, 5, 2],
    [4, 2, 4, 3, 3, 3],
    [2, 4, 3, 2, 1, 5],
    [3, 3, 2, 5, 4, 1],
    [5, 2, 5, 3, 4, 2],
    [1, 5, 2, 2, 3, 4],
    [4, 3, 3, 1, 2, 5],
  ];
  for (const [n, row] of answered.entries()) {
    const answers = Object.fromEntries(items.map((item, i) => [item.key, row[i]!]));
    await submitCandidate(
      request,
      recruiter,
      roleId,
      { name: `Candidate ${n}`, email: `c${n}-${info.project.name}@example.com` },
      answers,
    );
  }
  const expected = (dimension: string) => {
    const columns = items.flatMap((item, i) => (item.dimension === dimension ? [i] : []));
    const rows = answered.map((row) => columns.map((i) => keyedScore(row[i]!, items[i]!.keyed)));
    return cronbachAlpha(rows);
  };

  await page.goto(`/app/questionnaires/${questionnaireId}`);
  await signInThroughForm(page, recruiter);
  const panel = page.getByRole('region', { name: 'Reliability' });
  await panel.getByRole('button', { name: 'Run reliability' }).click();
  // The worker computes it; the panel polls and shows the result.
  await expect(panel.getByRole('status')).toHaveText('Version 1: done.', { timeout: 30_000 });
  await expect(panel.getByText('Based on 7 complete submissions.')).toBeVisible();
  // Each dimension under its name (from the API's dimensions), not its key.
  const names = {
    prospecting: { en: 'Prospecting and booking meetings', nb: 'Prospektering og møtebooking' },
    resilience: { en: 'Resilience', nb: 'Motstandskraft' },
  };
  for (const dimension of ['prospecting', 'resilience'] as const) {
    const alpha = expected(dimension);
    expect(Number.isFinite(alpha)).toBe(true);
    const table = panel.getByRole('region', {
      name: `${names[dimension].en}: alpha ${alpha.toFixed(2)} (n = 7)`,
    });
    await expect(table).toBeVisible();
    const keys = items.filter((item) => item.dimension === dimension).map((item) => item.key);
    await expect(table.getByRole('rowheader')).toHaveText(keys);
    await expect(table.getByRole('columnheader')).toHaveText([
      'Item',
      'Mean',
      'SD',
      'Item–rest r',
      'Alpha if deleted',
      'Note',
    ]);
  }
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'recruiter-questionnaire-reliability', info.project.name);

  await page.getByRole('button', { name: 'Norsk bokmål' }).click();
  const nbPanel = page.getByRole('region', { name: 'Reliabilitet' });
  const nbNumber = new Intl.NumberFormat('nb-NO', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  for (const dimension of ['prospecting', 'resilience'] as const) {
    await expect(
      nbPanel.getByRole('heading', {
        level: 3,
        name: `${names[dimension].nb}: alfa ${nbNumber.format(expected(dimension))} (n = 7)`,
      }),
    ).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'recruiter-questionnaire-reliability-nb', info.project.name);
});
