/**
 * Where a candidate stands. Every change is made by a named user (or by the candidate: they
 * submit, which makes them `assessed`, and they may withdraw); a score never moves anyone by
 * itself — knock-outs and minimums only flag.
 */
export const CANDIDATE_STAGES = [
  'applied',
  'invited',
  'assessed',
  'shortlisted',
  'interviewed',
  'offered',
  'hired',
  'rejected',
  'withdrawn',
] as const;
export type CandidateStage = (typeof CANDIDATE_STAGES)[number];

/** The stages a staff member may move a candidate to (the others follow from what the candidate does). */
export const STAFF_DECISION_STAGES = [
  'shortlisted',
  'interviewed',
  'offered',
  'hired',
  'rejected',
] as const satisfies readonly CandidateStage[];
export type StaffDecisionStage = (typeof STAFF_DECISION_STAGES)[number];

/** Why a staff decision cannot be made from the current stage, or null when it can. */
export function decisionRefusal(current: CandidateStage, next: StaffDecisionStage): string | null {
  if (current === 'withdrawn')
    return 'The candidate has withdrawn; no further decision can be made';
  if (current === next) return `The candidate is already ${next}`;
  return null;
}
