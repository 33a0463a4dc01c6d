import type { PreviewReactionCounts } from './preview.types';

/**
 * Self-selection rate: the share of *reacting* candidates who said "not for me",
 *   notForMe / (interested + notForMe), a fraction 0–1.
 * Views without a reaction are left out on purpose: someone who closed the page told us nothing
 * about whether the real job put them off. Null when nobody has reacted yet (0/0 is not 0 %).
 */
export function selfSelectionRate(counts: PreviewReactionCounts): number | null {
  for (const [name, value] of Object.entries(counts)) {
    if (!Number.isInteger(value) || (value as number) < 0) {
      throw new RangeError(`${name} must be a non-negative integer count, got ${String(value)}`);
    }
  }
  const reactions = counts.interested + counts.notForMe;
  return reactions === 0 ? null : counts.notForMe / reactions;
}
