import type { TeamSnapshot, TeamSnapshotMember } from './team-map.types';

/**
 * TEST SUPPORT ONLY — small teams whose results are worked out by hand in the specs.
 * Single-dimension `atLeast` profiles make fit = 100 − (target − score) when below target.
 */

export function member(
  id: string,
  profile: Record<string, number>,
  currentJobRoleId: string | null = null,
  performance: number | null = null,
): TeamSnapshotMember {
  const name = id.charAt(0).toUpperCase() + id.slice(1);
  return { id, name, currentJobRoleId, profile, performance };
}

/**
 * Team A — two specialists and a generalist; the best seller (Ann) is the weakest leader.
 *   fit     booker (hunt ≥ 80)   closer (close ≥ 80)   lead (lead ≥ 70, not required)
 *   Ann     hunt 90 → 100        close 60 → 80         lead 50 → 80
 *   Bob     hunt 70 →  90        close 85 → 100        lead 80 → 100
 *   Cid     hunt 76 →  96        close 75 → 95         lead 65 → 95
 */
export const teamA: TeamSnapshot = {
  members: [
    member('ann', { hunt: 90, close: 60, lead: 50 }, 'closer', 120),
    member('bob', { hunt: 70, close: 85, lead: 80 }, 'booker', 90),
    member('cid', { hunt: 76, close: 75, lead: 65 }, null, null),
  ],
  roles: [
    {
      id: 'booker',
      title: 'Meeting booker',
      isLeadership: false,
      slots: 1,
      profile: [{ dimension: 'hunt', target: 80, weight: 1, direction: 'atLeast' }],
    },
    {
      id: 'closer',
      title: 'Closer',
      isLeadership: false,
      slots: 1,
      profile: [{ dimension: 'close', target: 80, weight: 1, direction: 'atLeast' }],
    },
  ],
  otherRoles: [
    {
      id: 'lead',
      title: 'Team lead',
      isLeadership: true,
      profile: [{ dimension: 'lead', target: 70, weight: 1, direction: 'atLeast' }],
    },
  ],
};

/**
 * Team B — more slots (3) than members (2), and a multi-dimension profile for coaching.
 * hunter: hunt ≥ 80 (w1), close ideal 50 (w3), pipe ≥ 60 (w1); farmer: care ≥ 90 (w1).
 *   Dee hunter: losses 1·10² + 3·10² + 1·5² = 425, Σw 5 → 100 − √85 ≈ 90.78; farmer 100 − 40 = 60
 *   Eve hunter: no deviation → 100;                                         farmer 100 − 15 = 85
 */
export const teamB: TeamSnapshot = {
  members: [
    member('dee', { hunt: 70, close: 60, care: 50, pipe: 55 }, null),
    member('eve', { hunt: 90, close: 50, care: 75, pipe: 70 }, 'farmer'),
  ],
  roles: [
    {
      id: 'hunter',
      title: 'Hunter',
      isLeadership: false,
      slots: 2,
      profile: [
        { dimension: 'hunt', target: 80, weight: 1, direction: 'atLeast' },
        { dimension: 'close', target: 50, weight: 3, direction: 'ideal' },
        { dimension: 'pipe', target: 60, weight: 1, direction: 'atLeast' },
      ],
    },
    {
      id: 'farmer',
      title: 'Farmer',
      isLeadership: false,
      slots: 1,
      profile: [{ dimension: 'care', target: 90, weight: 1, direction: 'atLeast' }],
    },
  ],
  otherRoles: [],
};

/**
 * Team C — current roles outside the requirements, a required leadership role that is also
 * listed (with another profile) among the other roles, and ties.
 *   fit    closer (close ≥ 80)  manager (lead ≥ 90)  inside (hunt ≥ 60)  regional (lead ≥ 70)
 *   Fay    close 50 → 70        lead 60 → 70         hunt 40 → 80        lead 60 → 90
 *   Gus    close 78 → 98        lead 95 → 100        hunt 80 → 100       lead 95 → 100
 *   Hal    close 90 → 100       lead 70 → 80         hunt 65 → 100       lead 70 → 100
 */
export const teamC: TeamSnapshot = {
  members: [
    member('fay', { close: 50, lead: 60, hunt: 40 }, 'inside', 100),
    member('gus', { close: 78, lead: 95, hunt: 80 }, 'closer', 100),
    member('hal', { close: 90, lead: 70, hunt: 65 }, 'inside', null),
  ],
  roles: [
    {
      id: 'closer',
      title: 'Closer',
      isLeadership: false,
      slots: 1,
      profile: [{ dimension: 'close', target: 80, weight: 1, direction: 'atLeast' }],
    },
    {
      id: 'manager',
      title: 'Sales manager',
      isLeadership: true,
      slots: 1,
      profile: [{ dimension: 'lead', target: 90, weight: 1, direction: 'atLeast' }],
    },
  ],
  otherRoles: [
    {
      id: 'inside',
      title: 'Inside sales',
      isLeadership: false,
      profile: [{ dimension: 'hunt', target: 60, weight: 1, direction: 'atLeast' }],
    },
    {
      id: 'regional',
      title: 'Regional lead',
      isLeadership: true,
      profile: [{ dimension: 'lead', target: 70, weight: 1, direction: 'atLeast' }],
    },
    {
      // Same id as a required role: the required role's profile must win, listed once.
      id: 'manager',
      title: 'Sales manager (old profile)',
      isLeadership: true,
      profile: [{ dimension: 'lead', target: 10, weight: 1, direction: 'atLeast' }],
    },
  ],
};
