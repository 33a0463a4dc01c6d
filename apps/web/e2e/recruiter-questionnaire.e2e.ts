import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, screenshot } from './support/axe';
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
