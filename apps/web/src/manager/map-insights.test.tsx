import { computeTeamRoleMap, type TeamSnapshot } from '@rolefit/domain/team-map';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../i18n/language';
import type { RoleMap } from './data';
import { CoachingList, LIST_PAGE_SIZE, MovesList } from './map-insights';

const role = (dimension: string) => [
  { dimension, target: 80, weight: 1, direction: 'atLeast' as const },
];

/** Ann and Bob hold the wrong roles; Cy has none and is best placed as Closer. */
const snapshot: TeamSnapshot = {
  members: [
    {
      id: 'ann',
      name: 'Ann',
      currentJobRoleId: 'closer',
      performance: 100,
      profile: { a: 95, b: 20 },
    },
    {
      id: 'bob',
      name: 'Bob',
      currentJobRoleId: 'booker',
      performance: 90,
      profile: { a: 20, b: 75 },
    },
    { id: 'cy', name: 'Cy', currentJobRoleId: null, performance: null, profile: { a: 30, b: 70 } },
  ],
  roles: [
    { id: 'booker', title: 'Booker', isLeadership: false, slots: 1, profile: role('a') },
    { id: 'closer', title: 'Closer', isLeadership: false, slots: 2, profile: role('b') },
  ],
  otherRoles: [],
};

function storedMap(s: TeamSnapshot = snapshot): RoleMap {
  const map = JSON.parse(JSON.stringify(computeTeamRoleMap(s))) as RoleMap;
  return { ...map, analysisId: 'a', completedAt: '2026-12-03T08:00:00.000Z' };
}

const roleTitle = (id: string | null) =>
  ({ booker: 'Booker', closer: 'Closer' })[id ?? ''] ?? 'No role';

describe('MovesList', () => {
  it('shows a member without a role as a new placement with its fit, not as a gain', () => {
    const map = storedMap();
    const cy = map.members.findIndex((m) => m.id === 'cy');
    const closer = map.roles.findIndex((r) => r.id === 'closer');
    const fit = Math.round(map.fitMatrix[cy]![closer]!);
    render(
      <LanguageProvider initial="en">
        <MovesList map={map} roleTitle={roleTitle} onTry={() => undefined} />
      </LanguageProvider>,
    );
    const items = screen.getAllByRole('listitem');
    // The real moves first (by gain), the placement last.
    expect(items.map((li) => li.textContent?.replace(/Try it.*$/, ''))).toEqual([
      expect.stringMatching(/^(Ann|Bob): .+ → .+ \(\+\d+\)$/),
      expect.stringMatching(/^(Ann|Bob): .+ → .+ \(\+\d+\)$/),
      `Cy: no role now → Closer (new placement: fit ${fit})`,
    ]);
    // Focusing a move's button reads the move: the button is described by it.
    const button = within(items[2]!).getByRole('button');
    expect(button.getAttribute('aria-describedby')).toBe('move-cy');
    expect(document.getElementById('move-cy')?.textContent).toContain('new placement');
  });

  it('says it in Norwegian too', () => {
    const map = storedMap();
    render(
      <LanguageProvider initial="nb">
        <MovesList map={map} roleTitle={roleTitle} />
      </LanguageProvider>,
    );
    expect(
      screen.getByText(/^Cy: ingen rolle nå → Closer \(ny plassering: passform \d+\)$/),
    ).toBeTruthy();
  });
});

describe('CoachingList', () => {
  it('follows the search and announces how many match', () => {
    const map = storedMap();
    const coached = map.coaching.filter((c) => c.dimensions.length > 0).map((c) => c.memberId);
    expect(coached.length).toBeGreaterThan(1);
    const names = new Map(map.members.map((m) => [m.id, m.name]));
    const { rerender } = render(
      <LanguageProvider initial="en">
        <CoachingList map={map} dimensions={[]} roleTitle={roleTitle} />
      </LanguageProvider>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(coached.length);
    expect(screen.getByRole('status').textContent).toBe('');

    rerender(
      <LanguageProvider initial="en">
        <CoachingList
          map={map}
          dimensions={[]}
          roleTitle={roleTitle}
          memberIds={new Set([coached[0]!])}
        />
      </LanguageProvider>,
    );
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toContain(names.get(coached[0]!));
    expect(screen.getByRole('status').textContent).toBe(
      '1 member with a coaching focus matches the search',
    );

    rerender(
      <LanguageProvider initial="en">
        <CoachingList map={map} dimensions={[]} roleTitle={roleTitle} memberIds={new Set()} />
      </LanguageProvider>,
    );
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText('Nobody who matches the search has a coaching focus.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      '0 members with a coaching focus match the search',
    );
  });
});

/**
 * 34 members with spread profiles, a third in each of Booker, Closer and no role: many moves
 * and many coaching entries, so both lists need more than one page.
 */
const bigSnapshot: TeamSnapshot = {
  members: Array.from({ length: 34 }, (_, i) => ({
    id: `m${i + 1}`,
    name: `Member ${String(i + 1).padStart(2, '0')}`,
    currentJobRoleId: ['booker', 'closer', null][i % 3]!,
    performance: 50 + ((i * 29) % 50),
    profile: { a: 20 + ((i * 37) % 70), b: 20 + ((i * 53) % 70) },
  })),
  roles: [
    { id: 'booker', title: 'Booker', isLeadership: false, slots: 17, profile: role('a') },
    { id: 'closer', title: 'Closer', isLeadership: false, slots: 17, profile: role('b') },
  ],
  otherRoles: [],
};

/** The moves in the list's documented order: moves by gain, then placements by fit. */
function movesInOrder(map: RoleMap): string[] {
  const byGain = (a: { fitChange: number }, b: { fitChange: number }) => b.fitChange - a.fitChange;
  return [
    ...map.moves.filter((m) => m.from !== null).sort(byGain),
    ...map.moves.filter((m) => m.from === null).sort(byGain),
  ].map((m) => m.memberId);
}

/** The members of the moves shown, by the id of each move's text. */
const shownMoves = () =>
  [...document.querySelectorAll('ol.moves > li > span[id^="move-"]')].map((el) =>
    el.id.replace(/^move-/, ''),
  );

const english = (children: ReactNode) => (
  <LanguageProvider initial="en">{children}</LanguageProvider>
);

describe('MovesList with a big team', () => {
  const map = storedMap(bigSnapshot);
  const order = movesInOrder(map);
  const names = new Map(map.members.map((m) => [m.id, m.name]));

  it('shows ten moves a page with the range announced; Next and Previous by keyboard', async () => {
    expect(order.length).toBeGreaterThan(2 * LIST_PAGE_SIZE); // three pages at least
    const user = userEvent.setup();
    render(english(<MovesList map={map} roleTitle={roleTitle} onTry={() => undefined} />));
    const pages = screen.getByRole('navigation', { name: 'Pages of suggested moves' });
    const range = within(pages).getByRole('status');

    expect(shownMoves()).toEqual(order.slice(0, LIST_PAGE_SIZE));
    expect(range.textContent).toBe(`1–${LIST_PAGE_SIZE} of ${order.length}`);
    expect(within(pages).getByRole('button', { name: 'Previous' })).toHaveProperty(
      'disabled',
      true,
    );

    // Tab to Next (past the ten Try buttons) and press it: the next ten, numbered on.
    within(pages).getByRole('button', { name: 'Next' }).focus();
    await user.keyboard('{Enter}');
    expect(shownMoves()).toEqual(order.slice(LIST_PAGE_SIZE, 2 * LIST_PAGE_SIZE));
    expect(range.textContent).toBe(
      `${LIST_PAGE_SIZE + 1}–${2 * LIST_PAGE_SIZE} of ${order.length}`,
    );
    expect(document.querySelector('ol.moves')?.getAttribute('start')).toBe(
      String(LIST_PAGE_SIZE + 1),
    );

    // On to the last page: Next is disabled there, and the focus is on Previous, not lost.
    const last = Math.ceil(order.length / LIST_PAGE_SIZE);
    for (let p = 2; p < last; p++) await user.keyboard('{Enter}');
    expect(shownMoves()).toEqual(order.slice((last - 1) * LIST_PAGE_SIZE));
    expect(range.textContent).toBe(
      `${(last - 1) * LIST_PAGE_SIZE + 1}–${order.length} of ${order.length}`,
    );
    expect(within(pages).getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
    expect(document.activeElement).toBe(within(pages).getByRole('button', { name: 'Previous' }));
    await user.keyboard('{Enter}');
    expect(shownMoves()).toEqual(
      order.slice((last - 2) * LIST_PAGE_SIZE, (last - 1) * LIST_PAGE_SIZE),
    );
  });

  it('tries a move from the second page: the member and the role it suggests, described by it', async () => {
    const user = userEvent.setup();
    const onTry = vi.fn();
    render(english(<MovesList map={map} roleTitle={roleTitle} onTry={onTry} />));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const id = order[LIST_PAGE_SIZE]!;
    const move = map.moves.find((m) => m.memberId === id)!;
    // (jsdom's name computation drops the space a browser keeps after "Try it".)
    const button = screen.getByRole('button', {
      name: new RegExp(`^Try it ?the move of ${names.get(id)} in the what-if$`),
    });
    expect(button.getAttribute('aria-describedby')).toBe(`move-${id}`);
    expect(document.getElementById(`move-${id}`)?.textContent).toMatch(
      new RegExp(`^${names.get(id)}: .+ → ${roleTitle(move.to)} `),
    );
    await user.click(button);
    expect(onTry).toHaveBeenCalledWith(id, move.to);
  });

  it('follows the search (the moved member), announces the count, back to page 1 on a new search', async () => {
    const user = userEvent.setup();
    // A search finding the members of the first 15 moves and three members with no move.
    const still = map.members.filter((m) => !order.includes(m.id)).map((m) => m.id);
    expect(still.length).toBeGreaterThan(2);
    const found = new Set([...order.slice(0, 15), ...still.slice(0, 3)]);
    const view = (memberIds?: ReadonlySet<string>) =>
      english(<MovesList map={map} roleTitle={roleTitle} memberIds={memberIds} />);
    const { rerender } = render(view(found));
    const count = () => document.querySelector('#moves-heading ~ p[role="status"]')?.textContent;
    expect(count()).toBe('15 suggested moves match the search');
    expect(shownMoves()).toEqual(order.slice(0, LIST_PAGE_SIZE));
    expect(
      screen.getByRole('navigation', { name: 'Pages of suggested moves' }).textContent,
    ).toContain(`1–${LIST_PAGE_SIZE} of 15`);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(shownMoves()).toEqual(order.slice(LIST_PAGE_SIZE, 15));

    // The same members found again (the page rendered anew, e.g. after a try): same page.
    rerender(view(new Set(found)));
    expect(shownMoves()).toEqual(order.slice(LIST_PAGE_SIZE, 15));

    // Another search: back to its first page.
    const narrower = new Set([...order.slice(1, 14)]);
    rerender(view(narrower));
    expect(count()).toBe('13 suggested moves match the search');
    expect(shownMoves()).toEqual(order.slice(1, 1 + LIST_PAGE_SIZE));
    expect(screen.getByText(`1–${LIST_PAGE_SIZE} of 13`)).toBeTruthy();

    // One match: one entry and no pager.
    rerender(view(new Set([order[3]!, still[0]!])));
    expect(count()).toBe('1 suggested move matches the search');
    expect(shownMoves()).toEqual([order[3]]);
    expect(screen.queryByRole('navigation')).toBeNull();

    // Nobody with a move.
    rerender(view(new Set(still.slice(0, 2))));
    expect(count()).toBe('0 suggested moves match the search');
    expect(shownMoves()).toEqual([]);
    expect(screen.getByText('Nobody who matches the search has a suggested move.')).toBeTruthy();

    // No search: every move again, from page 1, and nothing counted aloud.
    rerender(view(undefined));
    expect(count()).toBe('');
    expect(shownMoves()).toEqual(order.slice(0, LIST_PAGE_SIZE));
    expect(screen.getByText(`1–${LIST_PAGE_SIZE} of ${order.length}`)).toBeTruthy();
  });

  it('says the search result and the pages in Norwegian', () => {
    const still = map.members.filter((m) => !order.includes(m.id)).map((m) => m.id);
    const { rerender } = render(
      <LanguageProvider initial="nb">
        <MovesList map={map} roleTitle={roleTitle} memberIds={new Set(order.slice(0, 12))} />
      </LanguageProvider>,
    );
    expect(screen.getByText('12 foreslåtte flyttinger passer søket')).toBeTruthy();
    const pages = screen.getByRole('navigation', { name: 'Sider med foreslåtte flyttinger' });
    expect(within(pages).getByRole('status').textContent).toBe(`1–${LIST_PAGE_SIZE} av 12`);
    expect(within(pages).getByRole('button', { name: 'Neste' })).toBeTruthy();
    rerender(
      <LanguageProvider initial="nb">
        <MovesList map={map} roleTitle={roleTitle} memberIds={new Set([still[0]!])} />
      </LanguageProvider>,
    );
    expect(screen.getByText('0 foreslåtte flyttinger passer søket')).toBeTruthy();
    expect(screen.getByText('Ingen som passer søket, har en foreslått flytting.')).toBeTruthy();
  });

  it('lists every move without pages for the print view', () => {
    render(english(<MovesList map={map} roleTitle={roleTitle} paged={false} />));
    expect(shownMoves()).toEqual(order);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('CoachingList with a big team', () => {
  const map = storedMap(bigSnapshot);
  const coached = map.coaching.filter((c) => c.dimensions.length > 0).map((c) => c.memberId);
  const names = new Map(map.members.map((m) => [m.id, m.name]));
  /** The names at the start of the entries shown ("Member 07 (Closer): …"). */
  const shownNames = () =>
    screen.queryAllByRole('listitem').map((li) => li.querySelector('strong')!.textContent);
  const expectedNames = (ids: string[]) =>
    ids.map(
      (id) =>
        `${names.get(id)} (${roleTitle(map.assignment.find((a) => a.memberId === id)?.jobRoleId ?? null)}):`,
    );

  it('shows ten a page, the next ten on Next, and page 1 again when the search changes', async () => {
    expect(coached.length).toBeGreaterThan(LIST_PAGE_SIZE + 2);
    const user = userEvent.setup();
    const view = (memberIds?: ReadonlySet<string>) =>
      english(
        <CoachingList map={map} dimensions={[]} roleTitle={roleTitle} memberIds={memberIds} />,
      );
    const { rerender } = render(view());
    expect(shownNames()).toEqual(expectedNames(coached.slice(0, LIST_PAGE_SIZE)));
    const pages = screen.getByRole('navigation', { name: 'Pages of the coaching focus' });
    expect(within(pages).getByRole('status').textContent).toBe(
      `1–${LIST_PAGE_SIZE} of ${coached.length}`,
    );
    await user.click(within(pages).getByRole('button', { name: 'Next' }));
    expect(shownNames()).toEqual(expectedNames(coached.slice(LIST_PAGE_SIZE, 2 * LIST_PAGE_SIZE)));

    // A search: its first page, counted.
    const found = new Set(coached.slice(1, LIST_PAGE_SIZE + 3));
    rerender(view(found));
    expect(shownNames()).toEqual(expectedNames(coached.slice(1, LIST_PAGE_SIZE + 1)));
    expect(
      screen.getByText(`${found.size} members with a coaching focus match the search`),
    ).toBeTruthy();
    expect(screen.getByText(`1–${LIST_PAGE_SIZE} of ${found.size}`)).toBeTruthy();
  });

  it('lists everyone without pages for the print view', () => {
    render(english(<CoachingList map={map} dimensions={[]} roleTitle={roleTitle} paged={false} />));
    expect(shownNames()).toEqual(expectedNames(coached));
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
