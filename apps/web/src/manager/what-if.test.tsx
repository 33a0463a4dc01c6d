import { computeTeamRoleMap, type TeamSnapshot } from '@rolefit/domain/team-map';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '../i18n/language';
import type { RoleMap, Team } from './data';
import { evaluateWhatIf, EMPTY_WHAT_IF } from './what-if';
import { WhatIfPanel } from './what-if-panel';

const booker = [
  { dimension: 'prospecting', target: 80, weight: 3, direction: 'atLeast' as const },
  { dimension: 'resilience', target: 70, weight: 1, direction: 'atLeast' as const },
];
const closer = [
  { dimension: 'closing', target: 85, weight: 2, direction: 'atLeast' as const },
  { dimension: 'care', target: 60, weight: 1, direction: 'ideal' as const },
];
const lead = [{ dimension: 'coaching', target: 75, weight: 1, direction: 'atLeast' as const }];

/** Six people, two required roles (2 + 2 slots), a lead role nobody requires but Eva holds. */
const snapshot: TeamSnapshot = {
  members: [
    ['ann', 'Ann', 90, 60, 50, 55, 40, 'closer', 140],
    ['bob', 'Bob', 70, 80, 88, 70, 60, 'booker', 95],
    ['cid', 'Cid', 60, 65, 75, 60, 85, 'booker', 80],
    ['dag', 'Dag', 85, 75, 60, 40, 55, null, null],
    ['eva', 'Eva', 50, 50, 82, 62, 70, 'lead', 101],
    ['fia', 'Fia', 78, 72, 70, 66, 62, 'closer', 99],
  ].map(([id, name, prospecting, resilience, closing, care, coaching, role, performance]) => ({
    id: id as string,
    name: name as string,
    currentJobRoleId: role as string | null,
    performance: performance as number | null,
    profile: { prospecting, resilience, closing, care, coaching } as Record<string, number>,
  })),
  roles: [
    { id: 'booker', title: 'Booker', isLeadership: false, slots: 2, profile: booker },
    { id: 'closer', title: 'Closer', isLeadership: false, slots: 2, profile: closer },
  ],
  otherRoles: [{ id: 'lead', title: 'Lead', isLeadership: true, profile: lead }],
};

/** The map as the API sends it: the worker's result through JSON. */
function storedMap(s: TeamSnapshot = snapshot): RoleMap {
  const map = JSON.parse(JSON.stringify(computeTeamRoleMap(s))) as Omit<
    RoleMap,
    'analysisId' | 'completedAt'
  >;
  return { ...map, analysisId: 'a', completedAt: '2026-12-03T08:00:00.000Z' };
}

/** Rounding: the stored fits have 2 decimals, so a sum of n may differ by n × 0.005. */
const close = (actual: number | null, expected: number | null, n = 6) => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual ?? 0) - (expected ?? 0))).toBeLessThanOrEqual(n * 0.005 + 1e-9);
};

describe('what-if against the domain’s own analysis', () => {
  const map = storedMap();

  it('with no change, reproduces the analysis’ optimal and current figures', () => {
    const optimal = evaluateWhatIf(map, { ...EMPTY_WHAT_IF, start: 'optimal' });
    close(optimal.after.totalFit, map.totalFitOptimal);
    close(optimal.after.meanFit, map.meanFitOptimal);
    expect(optimal.after.gaps).toEqual(map.gaps);
    expect(optimal.after.assignedCount).toBe(map.assignment.length);

    const current = evaluateWhatIf(map, EMPTY_WHAT_IF);
    close(current.after.totalFit, map.totalFitCurrent);
    close(current.after.meanFit, map.meanFitCurrent);
    // Five people hold a role now (Eva's lead role counts with her fit to it); Dag none.
    expect(current.after.assignedCount).toBe(5);
  });

  it('a move changes the total by exactly the two fits involved', () => {
    const optimalRole = new Map(map.assignment.map((a) => [a.memberId, a.jobRoleId]));
    const i = map.members.findIndex((m) => optimalRole.has(m.id));
    const member = map.members[i]!;
    const from = map.roles.findIndex((r) => r.id === optimalRole.get(member.id));
    const to = 1 - from;
    const { before, after } = evaluateWhatIf(map, {
      start: 'optimal',
      moves: { [member.id]: map.roles[to]!.id },
      slots: {},
    });
    const expected = before.totalFit - map.fitMatrix[i]![from]! + map.fitMatrix[i]![to]!;
    close(after.totalFit, expected, 2);
    // The destination now holds three for two slots; the origin has a slot free.
    expect(after.overfilled.map((o) => [o.jobRoleId, o.memberIds.length])).toEqual([
      [map.roles[to]!.id, 3],
    ]);
    expect(after.unfilledSlots).toBe(1);
  });

  it('no what-if within the slots beats the analysis’ optimum (it is exact)', () => {
    const ids = map.members.map((m) => m.id);
    const choices = [null, 'booker', 'closer'];
    let best = -Infinity;
    for (let code = 0; code < 3 ** ids.length; code++) {
      const moves: Record<string, string | null> = {};
      let c = code;
      for (const id of ids) {
        moves[id] = choices[c % 3]!;
        c = Math.floor(c / 3);
      }
      const { after } = evaluateWhatIf(map, { start: 'optimal', moves, slots: {} });
      if (after.overfilled.length === 0) best = Math.max(best, after.totalFit);
    }
    close(best, map.totalFitOptimal);
  });

  it('a slot change is what the server’s next analysis optimises', () => {
    const more = {
      ...snapshot,
      roles: snapshot.roles.map((r) => (r.id === 'closer' ? { ...r, slots: 3 } : r)),
    };
    const next = storedMap(more);
    const tried = evaluateWhatIf(next, { ...EMPTY_WHAT_IF, start: 'optimal' });
    close(tried.after.totalFit, next.totalFitOptimal);
    // With the old map and one more closer slot, the empty slot shows up in the what-if.
    const { after } = evaluateWhatIf(map, { start: 'optimal', moves: {}, slots: { closer: 3 } });
    expect(after.unfilledSlots).toBe(map.gaps.filter((g) => g.reason === 'empty').length + 1);
  });
});

describe('WhatIfPanel', () => {
  it('shows the totals change at once when a member is moved, and undoes it', async () => {
    const map = storedMap();
    const team: Team = {
      id: 't',
      name: 'Sales',
      managerId: null,
      memberCount: 6,
      requirements: [],
      createdAt: '',
      updatedAt: '',
    };
    function Harness() {
      const [state, setState] = useStateForTest();
      return (
        <WhatIfPanel
          map={map}
          team={team}
          state={state}
          onChange={setState}
          roleTitle={(id) => map.roles.find((r) => r.id === id)?.title ?? 'No role'}
          onAnalysed={() => undefined}
        />
      );
    }
    render(
      <LanguageProvider initial="en">
        <Harness />
      </LanguageProvider>,
    );
    const totals = screen.getByRole('table', { name: 'Totals before and with the what-if' });
    const meanRow = within(totals).getByRole('row', { name: /Mean fit/ });
    const nowMean = Math.round(map.meanFitCurrent!);
    expect(
      within(meanRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([String(nowMean), String(nowMean), '0']);

    // Dag has no role now; put him in Booker (a third person for two slots).
    await userEvent.selectOptions(screen.getByLabelText('Member'), 'Dag');
    await userEvent.selectOptions(screen.getByLabelText('To role'), 'Booker');
    await userEvent.click(screen.getByRole('button', { name: 'Move' }));

    const dag = map.members.findIndex((m) => m.id === 'dag');
    const dagBooker = map.fitMatrix[dag]![0]!;
    // Computed here from the domain's stored fits, not by evaluateWhatIf: the five current
    // holders' fits (the domain's currentFit) plus Dag's fit to Booker, over six people.
    const holders = map.members.filter((m) => m.currentJobRoleId !== null);
    expect(holders).toHaveLength(5);
    const expectedMean =
      (holders.reduce((sum, m) => sum + m.currentFit!, 0) + dagBooker) / map.members.length;
    const cells = within(meanRow)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[1]).toBe(String(Math.round(expectedMean)));
    expect(
      screen.getByText(`Mean fit ${nowMean} → ${Math.round(expectedMean)} with the what-if.`),
    ).toBeTruthy();
    expect(screen.getByText('Booker has 3 members for 2 slots.')).toBeTruthy();
    expect(screen.getByText(`Dag: No role (–) → Booker (${Math.round(dagBooker)})`)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Undo Dag' }));
    expect(screen.getByText('No changes tried yet.')).toBeTruthy();
  });
});

function useStateForTest() {
  return useState(EMPTY_WHAT_IF);
}
