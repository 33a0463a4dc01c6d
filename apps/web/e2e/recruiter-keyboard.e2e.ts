import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, screenshot } from './support/axe';
import { seedRoleWithCandidates } from './support/recruiting';
import { signInThroughForm } from './support/staff';

test('keyboard only: the questionnaire builder adds a statement, sets reverse keying and reorders', async ({
  page,
  request,
}, info) => {
  const { recruiter } = await seedRoleWithCandidates(request, [], `kb-${info.project.name}`);
  const created = await request.post('/api/v1/questionnaires', {
    headers: { authorization: `Bearer ${recruiter.token}` },
    data: { title: 'Keyboard', locales: ['en', 'nb'], scale: { min: 1, max: 5 }, items: [] },
  });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { id: string }).id;
  await page.goto(`/app/questionnaires/${id}`);
  await signInThroughForm(page, recruiter);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Questionnaire: Keyboard' }),
  ).toBeVisible();

  // Add two statements with Enter on the button, typing into the fields reached by Tab.
  const add = page.getByRole('button', { name: 'Add a statement' });
  await add.focus();
  await page.keyboard.press('Enter');
  await add.focus();
  await page.keyboard.press('Space');
  const item = (n: number) => page.getByRole('listitem', { name: `Item ${n}: statement (likert)` });
  await expect(item(2)).toBeVisible();
  await item(1).getByLabel('Text in English').focus();
  await page.keyboard.type('I enjoy calling strangers.');
  await page.keyboard.press('Tab');
  await expect(item(1).getByLabel('Text in Norwegian')).toBeFocused();
  await page.keyboard.type('Jeg liker å ringe fremmede.');
  await item(2).getByLabel('Text in English').focus();
  await page.keyboard.type('A no spoils my day.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Et nei ødelegger dagen min.');

  // Reverse keying from the keyboard: the arrow key changes a closed select.
  const keying = item(2).getByLabel('Keying');
  await keying.focus();
  await page.keyboard.press('ArrowDown');
  await expect(keying).toHaveValue('-1');

  // Move item 2 up with Enter; focus follows the item, so Enter again moves it back down.
  await item(2)
    .getByRole('button', { name: /^Move up/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(item(1).getByLabel('Text in English')).toHaveValue('A no spoils my day.');
  await expect(item(1).getByLabel('Keying')).toHaveValue('-1');
  await expect(item(2).getByLabel('Text in English')).toHaveValue('I enjoy calling strangers.');
  await expect(item(1).getByRole('button', { name: /^Move down/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(item(2).getByLabel('Text in English')).toHaveValue('A no spoils my day.');
  await expect(item(2).getByRole('button', { name: /^Move up/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(item(1).getByLabel('Text in English')).toHaveValue('A no spoils my day.');

  // Saved from the keyboard too.
  await page.getByRole('button', { name: 'Save draft' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();
});

test('keyboard only: tick candidates to compare, read them side by side, clear', async ({
  page,
  request,
}, info) => {
  const { recruiter, roleId } = await seedRoleWithCandidates(
    request,
    ['Kari Nordmann', 'Ola Hansen', 'Siri Berg'],
    `cmp-${info.project.name}`,
  );
  await page.goto(`/app/recruiting/roles/${roleId}/candidates`);
  await signInThroughForm(page, recruiter);
  const ranked = page.getByRole('region', { name: 'Ranked by fit' });
  await expect(ranked.getByRole('row')).toHaveCount(4);
  const first = ranked.getByRole('checkbox').first();
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  // Tab moves through the next row's name link to its checkbox.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const second = ranked.getByRole('checkbox').nth(1);
  await expect(second).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/compare=[0-9a-f-]{36}(%2C|,)[0-9a-f-]{36}/);
  const compared = page.getByRole('region', { name: 'Side by side' }).first();
  const names = await ranked.getByRole('link').allTextContents();
  await expect(compared.getByRole('columnheader')).toContainText([names[0]!, names[1]!]);
  await expect(compared.getByRole('rowheader', { name: 'Fit' })).toBeVisible();
  // The table scrolls on a phone, so it takes focus; then the clear button.
  const scroller = compared.getByRole('region', { name: 'Side by side' });
  await scroller.focus();
  await expect(scroller).toBeFocused();
  const clear = page.getByRole('button', { name: 'Clear the comparison' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(compared).toHaveCount(0);
  await expect(first).not.toBeChecked();
});

/** Every recruiter page in Norwegian: axe-clean, no sideways scroll, and a picture. */
test('Norwegian: every recruiter page', async ({ page, request }, info) => {
  test.setTimeout(120_000);
  const project = info.project.name;
  const { recruiter, roleId, questionnaireId, assessmentIds } = await seedRoleWithCandidates(
    request,
    ['Kari Nordmann', 'Ola Hansen'],
    `nb-${project}`,
  );
  await page.goto('/app');
  await page.getByRole('button', { name: 'Norsk bokmål' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  await shot(page, 'nb-staff-sign-in', project);
  await page.getByLabel('E-post').fill(recruiter.email);
  await page.getByLabel('Passord').fill(recruiter.password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible({ timeout: 15_000 });

  const visit = async (path: string, heading: RegExp, name: string) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await shot(page, name, project);
  };
  await visit('/app/recruiting', /^Rekruttering$/, 'nb-recruiter-overview');
  await visit('/app/recruiting/roles/new', /stillingsrolle/i, 'nb-recruiter-role-new');
  await visit(`/app/recruiting/roles/${roleId}`, /Meeting booker/, 'nb-recruiter-role-editor');
  await page.goto(`/app/recruiting/roles/${roleId}/preview`);
  await page.getByRole('button', { name: /Start/ }).first().click();
  await expect(page.getByRole('complementary')).toBeVisible();
  await shot(page, 'nb-recruiter-preview-editor', project);
  await visit(
    `/app/recruiting/roles/${roleId}/candidates?compare=${assessmentIds.join(',')}`,
    /Kandidater/,
    'nb-recruiter-candidates-compare',
  );
  await visit(
    `/app/recruiting/roles/${roleId}/candidates/${assessmentIds[0]}`,
    /Kari Nordmann/,
    'nb-recruiter-result',
  );
  await visit('/app/questionnaires', /^Spørreskjemaer$/, 'nb-recruiter-questionnaires');
  await visit(`/app/questionnaires/${questionnaireId}`, /Booker fit/, 'nb-recruiter-builder');
  await visit('/app/admin/users', /^Ikke tillatt$/, 'nb-recruiter-not-allowed');
});

async function shot(page: Page, name: string, project: string) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, name, project);
}
