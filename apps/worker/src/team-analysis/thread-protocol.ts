import type { TeamRoleMap, TeamSnapshot } from '@rolefit/domain';

export interface ThreadInput {
  snapshot: TeamSnapshot;
  gapThreshold: number;
}

export type ThreadMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'result'; result: TeamRoleMap }
  | { type: 'error'; message: string };
