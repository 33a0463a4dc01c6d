import { computeTeamRoleMap } from './compute-team-role-map';
import { LEADERSHIP_TOP, roleMapPage } from './role-map-page';
import { member, teamA } from './team-map.fixtures.test-support';
import type { TeamSnapshot } from './team-map.types';

describe('roleMapPage', () => {
  const map = computeTeamRoleMap(teamA);

  it('slices members and everything keyed by them; team figures stay whole', () => {
    const first = roleMapPage(map, { page: 1, pageSize: 2 });
    expect(first.members.map((m) => m.id)).toEqual(['ann', 'bob']);
    expect(first.fitMatrix).toEqual([
      [100, 80],
      [90, 100],
    ]);
    expect(first.assignment.map((a) => a.memberId)).toEqual(['ann', 'bob']);
    expect(first.moves.map((m) => m.memberId)).toEqual(['ann', 'bob']);
    expect(first.coaching.map((c) => c.memberId)).toEqual(['ann', 'bob']);
    expect([first.totalFitCurrent, first.totalFitOptimal]).toEqual([170, 200]);
    expect([first.meanFitCurrent, first.meanFitOptimal]).toEqual([85, 100]);
    expect(first.roles).toEqual(map.roles);
    expect([first.page, first.pageSize, first.totalMembers]).toEqual([1, 2, 3]);
    // Booker is the best fit of Ann and Cid (1 slot): Ann on page 1, Cid on page 2.
    expect(first.overlaps).toEqual([
      { jobRoleId: 'booker', slots: 1, bestFitMembers: ['ann'], bestFitCount: 2 },
    ]);

    const second = roleMapPage(map, { page: 2, pageSize: 2 });
    expect(second.members.map((m) => m.id)).toEqual(['cid']);
    expect(second.fitMatrix).toEqual([[96, 95]]);
    expect(second.assignment).toEqual([]);
    expect(second.overlaps[0].bestFitMembers).toEqual(['cid']);
    // The bench ranks all three (fewer than the top ten), with team-wide ranks.
    expect(second.leadership[0].ranking).toEqual([
      { memberId: 'bob', fit: 100, rank: 1 },
      { memberId: 'cid', fit: 95, rank: 2 },
      { memberId: 'ann', fit: 80, rank: 3 },
    ]);
    expect(roleMapPage(map, { page: 3, pageSize: 2 }).members).toEqual([]);
  });

  it('keeps empty-slot gaps on every page and low-fit gaps with their member', () => {
    const snapshot: TeamSnapshot = {
      members: [member('a', { hunt: 30 }), member('b', { hunt: 90 })],
      roles: [{ ...teamA.roles[0], slots: 3 }],
      otherRoles: [],
    };
    // a: 100 − (80 − 30) = 50 < 60, a low fit; b: 100; one slot empty.
    const full = computeTeamRoleMap(snapshot);
    const pageA = roleMapPage(full, { page: 1, pageSize: 1 });
    const pageB = roleMapPage(full, { page: 2, pageSize: 1 });
    expect(pageA.gaps).toEqual([
      { jobRoleId: 'booker', slot: 2, reason: 'lowFit', memberId: 'a', fit: 50 },
      { jobRoleId: 'booker', slot: 3, reason: 'empty' },
    ]);
    expect(pageB.gaps).toEqual([{ jobRoleId: 'booker', slot: 3, reason: 'empty' }]);
  });

  it('shows each leadership ranking’s top ten, the top performer and the page’s members', () => {
    // 30 members; lead fit rises with the index, so m29 ranks 1st … m0 30th; m0 performs best.
    const members = Array.from({ length: 30 }, (_, i) =>
      member(`m${String(i).padStart(2, '0')}`, { lead: 40 + i }, null, i === 0 ? 200 : 50),
    );
    const full = computeTeamRoleMap({ ...teamA, members });
    const page = roleMapPage(full, { page: 2, pageSize: 5 }); // m05…m09: ranks 25…21
    const ranks = page.leadership[0].ranking.map((r) => [r.memberId, r.rank]);
    expect(ranks.slice(0, LEADERSHIP_TOP)).toEqual(
      Array.from({ length: 10 }, (_, k) => [`m${29 - k}`, k + 1]),
    );
    expect(ranks.slice(LEADERSHIP_TOP)).toEqual([
      ['m09', 21],
      ['m08', 22],
      ['m07', 23],
      ['m06', 24],
      ['m05', 25],
      ['m00', 30],
    ]);
    expect(page.leadership[0].topPerformerRank).toBe(30);
  });
});
