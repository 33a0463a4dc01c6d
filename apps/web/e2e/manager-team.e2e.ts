import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, expectNoHorizontalScroll, screenshot } from './support/axe';
import { DIMENSIONS, organisation, signIn } from './support/manager';

/** 31 lines: 30 members (deterministic, varied profiles) and one with a bad email on line 17. */
function membersCsv(): string {
  const roles = ['Meeting booker', 'Closer', ''];
  const lines = [`name,email,role,performance,${DIMENSIONS.join(',')}`];
  for (let i = 0; i < 31; i++) {
    const score = (k: number) => 40 + ((i * 17 + k * 29) % 60);
    const email = i === 15 ? 'not-an-email' : `member${i}@example.com`;
    const performance = i % 4 === 0 ? '' : String(70 + ((i * 13) % 60));
    lines.push(
      [
        `Member ${String(i + 1).padStart(2, '0')}`,
        email,
        roles[i % 3],
        performance,
        ...DIMENSIONS.map((_, k) => score(k)),
      ].join(','),
    );
  }
  return lines.join('\n');
}

test('a manager builds a team, analyses it, reads and questions the map, and takes it to the meeting', async ({
  page,
  request,
}, info) => {
  test.setTimeout(120_000);
  const shot = (name: string) => screenshot(page, `manager-${name}`, info.project.name);
  const { email } = await organisation(request);
  await signIn(page, email);

  // Teams: the empty state says what to do.
  await expect(page.getByText('There are no teams yet. Create the first one below.')).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await shot('teams-empty');
  await page.getByLabel('Team name').fill('Sales Oslo');
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sales Oslo' })).toBeFocused();
  await expect(page.getByText('No members yet.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await shot('team-empty');

  // Requirements: slots per role.
  await page.getByRole('spinbutton', { name: 'Meeting booker' }).fill('12');
  await page.getByRole('spinbutton', { name: 'Closer' }).fill('12');
  await page.getByRole('spinbutton', { name: /Team lead/ }).fill('2');
  await page.getByRole('button', { name: 'Save roles' }).click();
  await expect(page.getByText('Saved: 26 slots.')).toBeVisible();

  // Import 30 members from CSV; the bad row is reported by its line and left out.
  await page.getByLabel('CSV text').fill(membersCsv());
  await page.getByRole('button', { name: 'Check the list' }).click();
  await expect(page.getByText('30 members are ready to import.')).toBeVisible();
  const problems = page.getByRole('list', { name: 'Lines with problems' });
  await expect(problems.getByRole('listitem')).toHaveText([
    'Line 17: "not-an-email" is not an email address.',
  ]);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Import 30 members' }).click();
  await expect(
    page.getByText('Imported: 30 members. Left out: 1 lines with problems.'),
  ).toBeVisible();
  await expect(page.getByText('30 members · 26 slots to fill')).toBeVisible();
  const members = page.getByRole('table', { name: 'Team members' });
  await expect(members.getByRole('row')).toHaveCount(31);
  await expect(members.getByRole('row', { name: /Member 01/ })).toContainText('Meeting booker');
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await shot('team');

  // Run the analysis and watch it: every state the status line showed is recorded.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const region = document.querySelector('.analysis-state')!;
    new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await page.getByRole('button', { name: 'Run analysis' }).click();
  await expect(page.getByText('Analysis completed.')).toBeVisible({ timeout: 30_000 });
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen[0]).toMatch(/Analysis queued|Analysis running/);
  expect(seen.at(-1)).toBe('Analysis completed.');
  await expectNoAxeViolations(page);

  // Asking again with nothing changed shows the existing analysis.
  await page.getByRole('button', { name: 'Run analysis' }).click();
  await expect(
    page.getByText('The team has not changed since the last analysis, so that analysis is shown.'),
  ).toBeVisible();

  // The map.
  await page.getByRole('link', { name: 'Open the team-role map' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Team-role map: Sales Oslo' }),
  ).toBeFocused();
  const map = page.getByRole('table', { name: /Fit of each member to each role/ });
  await expect(map.getByRole('row')).toHaveCount(26); // header + 25 a page
  await expect(page.getByText('Mean fit now', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await shot('map');

  // A cell by keyboard only: Tab from the search field into the table, arrows across.
  await page.mouse.move(0, 0); // nothing hovered: the details follow the keyboard
  await page.getByLabel('Find a member').focus();
  await page.keyboard.press('Tab');
  const firstCell = map.locator('td[tabindex="0"]');
  await expect(firstCell).toBeFocused();
  const details = page.getByRole('region', { name: 'Details of the chosen cell' });
  const roleNames = await map.locator('thead .role-title').allTextContents();
  const rowNames = await map.locator('tbody th').allTextContents();
  expect(rowNames.slice(0, 3)).toEqual(['Member 01', 'Member 02', 'Member 03']); // by name
  const fitText = async () => (await page.locator(':focus .fit-number').textContent())!;
  await expect(details).toContainText(
    `Member 01 as ${roleNames[0]}: fit ${await fitText()} of 100.`,
  );
  await page.keyboard.press('ArrowRight');
  await expect(details).toContainText(`Member 01 as ${roleNames[1]}: fit ${await fitText()}`);
  await page.keyboard.press('ArrowDown');
  await expect(details).toContainText(`Member 02 as ${roleNames[1]}: fit ${await fitText()}`);
  await expect(details).toContainText(new RegExp(`Number \\d+ of 30 for ${roleNames[1]}\\.`));

  // Search narrows the rows (a big team stays usable).
  await page.getByLabel('Find a member').fill('Member 31');
  await expect(map.getByRole('row')).toHaveCount(2); // header + Member 31
  await page.getByLabel('Find a member').fill('');

  // A suggested move, read and tried by keyboard: the what-if totals change.
  const whatIfStatus = page.locator('.what-if-status');
  await expect(whatIfStatus).toHaveText('No changes tried yet.');
  const firstMove = page
    .getByRole('list')
    .filter({ has: page.getByRole('button', { name: /Try it/ }) })
    .getByRole('listitem')
    .first();
  await expect(firstMove).toContainText(/Member \d+: .+ → .+ \([+−-]?\d+\)/);
  await firstMove.getByRole('button', { name: /Try it/ }).focus();
  await page.keyboard.press('Enter');
  await expect(whatIfStatus).toHaveText(/Mean fit \d+ → \d+ with the what-if\./);

  // What-if by hand: another move and one more Closer slot; the totals follow at once.
  const totals = page.getByRole('table', { name: 'Totals before and with the what-if' });
  const emptySlots = totals.getByRole('row', { name: /Empty slots/ }).getByRole('cell');
  const before = await emptySlots.nth(1).textContent();
  await page.getByRole('spinbutton', { name: 'Closer' }).fill('15');
  await expect(emptySlots.nth(1)).not.toHaveText(before!);
  await expect(page.getByText('Closer: 12 → 15 slots')).toBeVisible();
  await page.getByLabel('Member', { exact: true }).selectOption({ label: 'Member 05' });
  await page.getByLabel('To role').selectOption({ label: 'Team lead' });
  await page.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.getByText(/Member 05: .+ \(\d+\) → Team lead \(\d+\)/)).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await shot('what-if');

  // The SVG for a slide: fetched with the token and saved as a file.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download map (SVG)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('sales-oslo-role-map.svg');
  const svg = await readFile(await download.path(), 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('Member 01');

  // The print view: no app chrome, every member, reads in black and white.
  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Team-role map: Sales Oslo' }),
  ).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();
  await expect(
    page.getByRole('table', { name: /Fit of each member/ }).getByRole('row'),
  ).toHaveCount(31);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await shot('print');
  await page.emulateMedia({ media: 'screen' });

  // The same pages in Norwegian (longer words): nothing scrolls sideways, and a look at each.
  // Moving inside the app (a reload would sign out: the refresh cookie is Secure, this is http).
  const teamPath = new URL(page.url()).pathname.replace(/\/print$/, '');
  await page.goBack();
  await expect(page.locator('.map-table tbody tr')).toHaveCount(25);
  await page.getByRole('button', { name: 'Norsk bokmål' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await shot('map-nb');
  await page.locator(`a[href="${teamPath}/print"]`).click();
  await expect(page.locator('.map-table tbody tr')).toHaveCount(30);
  await expectNoHorizontalScroll(page);
  await shot('print-nb');
  await page.goBack();
  await page.locator(`.team-links a[href="${teamPath}"]`).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sales Oslo' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await shot('team-nb');
  await page.locator('main a[href="/app/teams"]').first().click();
  await expect(page.getByRole('link', { name: /Sales Oslo/ })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await shot('teams-nb');
});
