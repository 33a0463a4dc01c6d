import { computeTeamRoleMap, type TeamSnapshot } from '@rolefit/domain';
import { analysisCells, computeAnalysis, INLINE_MAX_CELLS } from './compute-analysis';
import { InvalidAnalysisInputError } from './run-in-thread';

const role = (id: string, slots: number) => ({
  id,
  title: id,
  isLeadership: false,
  slots,
  profile: [{ dimension: 'hunt', target: 80, weight: 1, direction: 'atLeast' as const }],
});

function team(members: number): TeamSnapshot {
  return {
    members: Array.from({ length: members }, (_, i) => ({
      id: `m${i}`,
      name: `M${i}`,
      currentJobRoleId: null,
      profile: { hunt: (i * 37) % 101 },
      performance: null,
    })),
    roles: [role('a', 2), role('b', 1)],
    otherRoles: [],
  };
}

describe('computeAnalysis (the solving step)', () => {
  it('computes a small snapshot in place, with the domain’s own result', async () => {
    // Under Jest there is no compiled thread file: reaching the thread would fail.
    const input = { snapshot: team(12), gapThreshold: 60 };
    expect(analysisCells(input)).toBe(24);
    const progress: number[] = [];
    await expect(computeAnalysis(input, (f) => progress.push(f))).resolves.toEqual(
      computeTeamRoleMap(input.snapshot, { gapThreshold: 60 }),
    );
    expect(progress).toEqual([]);
  });

  it('sends larger snapshots to a thread', async () => {
    const members = Math.floor(INLINE_MAX_CELLS / 2) + 1;
    const input = { snapshot: team(members), gapThreshold: 60 };
    expect(analysisCells(input)).toBeGreaterThan(INLINE_MAX_CELLS);
    await expect(computeAnalysis(input, () => undefined)).rejects.toThrow(
      /team-analysis\.thread\.js|Cannot find module/,
    );
  });

  it('reports a bad snapshot as permanent', async () => {
    const snapshot = { ...team(2), roles: [role('a', -1)] };
    await expect(
      computeAnalysis({ snapshot, gapThreshold: 60 }, () => undefined),
    ).rejects.toBeInstanceOf(InvalidAnalysisInputError);
  });
});
