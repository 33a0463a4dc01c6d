import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, screenshot } from './support/axe';
import { DIMENSIONS, json, organisation, signIn } from './support/manager';

const MEMBERS = 500;
/** Entries a page in the moves and coaching lists (LIST_PAGE_SIZE in map-insights.tsx). */
const LIST_PAGE = 10;
/** The phone page (360 px) with the whole team must stay far below the ~59,000 px of before. */
const PHONE_HEIGHT_BOUND = 12_000;

interface StoredMap {
  members: { id: string; name: string }[];
  moves: { memberId: string; from: string | null; to: string | null; fitChange: number }[];
  coaching: { memberId: string; dimensions: unknown[] }[];
}

/** A 500-member team made in bulk through the API, analysed by the real worker. */
async function largeTeam(request: APIRequestContext) {
  const org = await organisation(request);
  const { headers, roles } = org;
  const team = await json<{ id: string }>(
    await request.post('/api/v1/teams', {
      headers,
      data: { name: 'Sales Norway', managerId: org.managerId },
    }),
  );
  const current = [roles.booker, roles.closer, null];
  const members = Array.from({ length: MEMBERS }, (_, i) => ({
    name: `Person ${String(i + 1).padStart(3, '0')}`,
    currentJobRoleId: current[i % 3],
    performance: 60 + ((i * 37) % 80),
    profile: Object.fromEntries(DIMENSIONS.map((d, k) => [d, 30 + ((i * 13 + k * 41) % 70)])),
  }));
  await json(
    await request.post(`/api/v1/teams/${team.id}/members`, { headers, data: { members } }),
  );
  await json(
    await request.put(`/api/v1/teams/${team.id}/requirements`, {
      headers,
      data: [
        { jobRoleId: roles.booker, slots: 250 },
        { jobRoleId: roles.closer, slots: 200 },
        { jobRoleId: roles.lead, slots: 20 },
      ],
    }),
  );
  const analysis = await json<{ id: string }>(
    await request.post(`/api/v1/teams/${team.id}/analyses`, { headers }),
  );
  await expect
    .poll(
      async () =>
        (
          await json<{ status: string }>(
            await request.get(`/api/v1/analyses/${analysis.id}`, { headers }),
          )
        ).status,
      { timeout: 60_000, intervals: [250] },
    )
    .toBe('completed');
  return { ...org, teamId: team.id };
}

test('a 500-member team stays usable: a page of rows, search across pages, quick to show', async ({
  page,
  request,
}, info) => {
  test.setTimeout(180_000);
  const { email, teamId, headers } = await largeTeam(request);
  // The map as the API sends it: what the lists' counts are derived from.
  const stored = await json<StoredMap>(
    await request.get(`/api/v1/teams/${teamId}/role-map?page=1&pageSize=1000`, { headers }),
  );
  expect(stored.members).toHaveLength(MEMBERS);
  const nameOf = new Map(stored.members.map((m) => [m.id, m.name]));
  const coached = stored.coaching.filter((c) => c.dimensions.length > 0);
  /** Moves and coaching entries of the members whose name has `q` (the map's search). */
  const matching = (q: string) => ({
    moves: stored.moves.filter((m) => nameOf.get(m.memberId)!.includes(q)).length,
    coaching: coached.filter((c) => nameOf.get(c.memberId)!.includes(q)).length,
  });
  // Both lists are longer than a page, so paging is exercised.
  expect(stored.moves.length).toBeGreaterThan(2 * LIST_PAGE);
  expect(coached.length).toBeGreaterThan(2 * LIST_PAGE);
  await signIn(page, email);
  await expect(page.getByRole('link', { name: /Sales Norway/ })).toBeVisible();

  // From the click to the table on screen: reported (the machine is shared), bounded loosely.
  await page.getByRole('link', { name: /Sales Norway/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sales Norway' })).toBeVisible();
  const t0 = Date.now();
  await page.locator(`a[href="/app/teams/${teamId}/map"]`).first().click();
  const map = page.getByRole('table', { name: /Fit of each member to each role/ });
  await expect(map).toBeVisible({ timeout: 30_000 });
  const ms = Date.now() - t0;
  info.annotations.push({ type: 'map visible (ms)', description: String(ms) });
  console.log(`500-member map: navigation → table visible in ${ms} ms (${info.project.name})`);
  expect(ms).toBeLessThan(20_000);

  // Only one page of rows is in the document, not 500.
  await expect(map.getByRole('row')).toHaveCount(26); // header + 25
  expect(await page.locator('.map-table tbody tr').count()).toBe(25);
  await expect(page.getByRole('status').filter({ hasText: /members shown/ })).toHaveText(
    '500 members shown',
  );
  await expect(map.locator('tbody th').first()).toHaveText('Person 001');

  // The suggested moves and the coaching focus: one page each, the range said.
  const moves = page.getByRole('region', { name: 'Suggested moves' });
  const coaching = page.getByRole('region', { name: 'Coaching focus' });
  const movesPages = moves.getByRole('navigation', { name: 'Pages of suggested moves' });
  const coachingPages = coaching.getByRole('navigation', { name: 'Pages of the coaching focus' });
  await expect(moves.getByRole('listitem')).toHaveCount(LIST_PAGE);
  await expect(movesPages.getByRole('status')).toHaveText(
    `1–${LIST_PAGE} of ${stored.moves.length}`,
  );
  await expect(coaching.getByRole('listitem')).toHaveCount(LIST_PAGE);
  await expect(coachingPages.getByRole('status')).toHaveText(`1–${LIST_PAGE} of ${coached.length}`);

  // How tall the whole page is now (the team's 500 members, no search): reported and bounded.
  const height = await page.evaluate(() => document.scrollingElement!.scrollHeight);
  info.annotations.push({ type: 'page height (px)', description: String(height) });
  console.log(`500-member map: page height ${height} px (${info.project.name})`);
  expect(height).toBeLessThan(PHONE_HEIGHT_BOUND);
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'manager-large-map-lists', info.project.name);

  // The pager moves to the next 25.
  await page
    .getByRole('navigation', { name: 'Pages of the map' })
    .getByRole('button', { name: 'Next' })
    .click();
  await expect(map.locator('tbody th').first()).toHaveText('Person 026');
  await expect(map.getByRole('row')).toHaveCount(26);

  // The moves' next page by keyboard; a move tried from there goes into the what-if, and the
  // list stays on its page.
  const firstOnPage1 = await moves.getByRole('listitem').first().textContent();
  await movesPages.getByRole('button', { name: 'Next' }).focus();
  await page.keyboard.press('Enter');
  await expect(movesPages.getByRole('status')).toHaveText(
    `${LIST_PAGE + 1}–${2 * LIST_PAGE} of ${stored.moves.length}`,
  );
  await expect(moves.getByRole('listitem')).toHaveCount(LIST_PAGE);
  await expect(moves.getByRole('listitem').first()).not.toHaveText(firstOnPage1!);
  await expect(movesPages.getByRole('button', { name: 'Next' })).toBeFocused();
  const tried = moves.getByRole('listitem').first();
  await expect(tried).toContainText(/^Person \d{3}: /);
  await tried.getByRole('button', { name: /Try it/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#what-if-heading')).toBeFocused();
  await expect(page.locator('.what-if-status')).toHaveText(/Mean fit \d+ → \d+ with the what-if\./);
  await expect(movesPages.getByRole('status')).toHaveText(
    `${LIST_PAGE + 1}–${2 * LIST_PAGE} of ${stored.moves.length}`,
  );

  // A wide search: both lists follow it and go back to their first page, counted.
  const wide = matching('Person 4');
  expect(wide.moves).toBeGreaterThan(LIST_PAGE);
  await page.getByLabel('Find a member').fill('Person 4');
  await expect(moves.locator('p[role="status"]')).toHaveText(
    `${wide.moves} suggested moves match the search`,
  );
  await expect(movesPages.getByRole('status')).toHaveText(`1–${LIST_PAGE} of ${wide.moves}`);
  await expect(moves.getByRole('listitem')).toHaveCount(LIST_PAGE);
  for (const text of await moves.getByRole('listitem').allTextContents()) {
    expect(text).toMatch(/^Person 4\d\d: /);
  }
  await expect(coaching.locator('p[role="status"]')).toHaveText(
    `${wide.coaching} members with a coaching focus match the search`,
  );

  // Search finds a member far down the list (page 20), and both lists follow it.
  await page.getByLabel('Find a member').fill('Person 487');
  await expect(map.getByRole('row')).toHaveCount(2);
  await expect(map.locator('tbody th')).toHaveText('Person 487');
  await expect(page.getByRole('status').filter({ hasText: /members? shown/ })).toHaveText(
    '1 member shown',
  );
  const one = matching('Person 487');
  await expect(coaching.getByRole('status')).toHaveText(
    one.coaching === 1
      ? '1 member with a coaching focus matches the search'
      : '0 members with a coaching focus match the search',
  );
  await expect(coaching.getByRole('listitem')).toHaveCount(one.coaching);
  await expect(moves.getByRole('status')).toHaveText(
    one.moves === 1 ? '1 suggested move matches the search' : '0 suggested moves match the search',
  );
  await expect(moves.getByRole('listitem')).toHaveCount(one.moves);
  if (one.moves === 1) {
    await expect(moves.getByRole('listitem')).toContainText(/^Person 487: /);
  } else {
    await expect(moves).toContainText('Nobody who matches the search has a suggested move.');
  }
  await expect(movesPages).toHaveCount(0);
  await expect(coachingPages).toHaveCount(0);
  console.log(
    `500-member map: ${stored.moves.length} moves, ${coached.length} coaching entries; ` +
      `"Person 4" finds ${wide.moves} moves, "Person 487" ${one.moves} (${info.project.name})`,
  );

  // The found member's cell, read by keyboard.
  await page.mouse.move(0, 0);
  await page.getByLabel('Find a member').focus();
  await page.keyboard.press('Tab');
  await expect(map.locator('td[tabindex="0"]')).toBeFocused();
  await expect(page.getByRole('region', { name: 'Details of the chosen cell' })).toContainText(
    /^Person 487 as .+: fit \d+ of 100\./,
  );
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'manager-large-map', info.project.name);

  // The same page in Norwegian: nothing sideways, and a look at it.
  await page.getByRole('button', { name: 'Norsk bokmål' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.locator('.map-table caption')).not.toHaveText(/Fit of each member/);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'manager-large-map-nb', info.project.name);

  // Without the search in Norwegian (longer words): one page of each list, still short.
  await page.getByLabel('Finn et medlem').fill('');
  const movesNb = page.getByRole('region', { name: 'Foreslåtte flyttinger' });
  await expect(
    movesNb
      .getByRole('navigation', { name: 'Sider med foreslåtte flyttinger' })
      .getByRole('status'),
  ).toHaveText(`1–${LIST_PAGE} av ${stored.moves.length}`);
  await expect(movesNb.getByRole('listitem')).toHaveCount(LIST_PAGE);
  await expect(
    page.getByRole('region', { name: 'Coachingfokus' }).getByRole('listitem'),
  ).toHaveCount(LIST_PAGE);
  const heightNb = await page.evaluate(() => document.scrollingElement!.scrollHeight);
  info.annotations.push({ type: 'page height, Norwegian (px)', description: String(heightNb) });
  console.log(`500-member map: page height ${heightNb} px in Norwegian (${info.project.name})`);
  expect(heightNb).toBeLessThan(PHONE_HEIGHT_BOUND);
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'manager-large-map-lists-nb', info.project.name);

  // The print view still prints every move and every coaching focus, with no pager.
  await page.locator(`a[href="/app/teams/${teamId}/print"]`).click();
  await expect(page.locator('.map-table tbody tr')).toHaveCount(MEMBERS);
  await expect(page.locator('ol.moves > li')).toHaveCount(stored.moves.length);
  await expect(page.locator('ul.coaching > li')).toHaveCount(coached.length);
  await expect(page.getByRole('navigation', { name: /^Sider med/ })).toHaveCount(0);
});
