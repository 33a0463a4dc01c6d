import { computeTeamRoleMap, type TeamSnapshot } from '@rolefit/domain/team-map';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '../i18n/language';
import type { RoleMap } from './data';
import { CoachingList, MovesList } from './map-insights';

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

function storedMap(): RoleMap {
  const map = JSON.parse(JSON.stringify(computeTeamRoleMap(snapshot))) as RoleMap;
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
