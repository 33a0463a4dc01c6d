import type { components } from '../api/schema';

export type CandidateAssessment = components['schemas']['CandidateAssessmentDto'];
export type CandidateItem = components['schemas']['CandidateItemDto'];
export type Answer = number | string | boolean;
export type Answers = Record<string, Answer>;

/** One screen of the questionnaire. */
export type Step =
  | { kind: 'knockouts'; items: CandidateItem[] }
  | { kind: 'likert'; items: CandidateItem[]; section: number; sections: number }
  | { kind: 'choice'; items: [CandidateItem] };

/** Likert statements per screen: short enough to see whole on a phone. */
export const LIKERT_SECTION_SIZE = 5;

/**
 * The screens, in the order a candidate meets them: the requirements (knock-outs) first, so
 * nobody spends time on the rest when a requirement rules them out; then likert statements
 * in short sections; then each situation on its own screen. Within a kind, the
 * questionnaire's own order is kept.
 */
export function buildSteps(items: readonly CandidateItem[]): Step[] {
  const knockouts = items.filter((item) => item.type === 'knockout');
  const likert = items.filter((item) => item.type === 'likert');
  const choices = items.filter((item) => item.type === 'choice');
  const steps: Step[] = [];
  if (knockouts.length > 0) steps.push({ kind: 'knockouts', items: knockouts });
  const sections = Math.ceil(likert.length / LIKERT_SECTION_SIZE);
  for (let section = 0; section < sections; section++) {
    const start = section * LIKERT_SECTION_SIZE;
    steps.push({
      kind: 'likert',
      items: likert.slice(start, start + LIKERT_SECTION_SIZE),
      section: section + 1,
      sections,
    });
  }
  for (const item of choices) steps.push({ kind: 'choice', items: [item] });
  return steps;
}

/** Seconds a person typically needs: a statement or a yes/no is quick, a situation is read. */
const SECONDS_PER_ITEM: Record<string, number> = { likert: 8, knockout: 8, choice: 30 };

/** "About N minutes", rounded up, at least 1. */
export function estimateMinutes(items: readonly CandidateItem[]): number {
  const seconds = items.reduce((sum, item) => sum + (SECONDS_PER_ITEM[item.type] ?? 15), 0);
  return Math.max(1, Math.ceil(seconds / 60));
}

export function isAnswered(answers: Answers, key: string): boolean {
  return answers[key] !== undefined;
}

export function countAnswered(items: readonly CandidateItem[], answers: Answers): number {
  return items.filter((item) => isAnswered(answers, item.key)).length;
}

/** The first screen with an unanswered item (where to resume), else the review. */
export function firstIncompleteStep(steps: readonly Step[], answers: Answers): number {
  const index = steps.findIndex((step) =>
    step.items.some((item) => !isAnswered(answers, item.key)),
  );
  return index === -1 ? steps.length : index;
}

/** Which screen shows an item: the target of a "change" link on the review page. */
export function stepOfItem(steps: readonly Step[], key: string): number {
  return steps.findIndex((step) => step.items.some((item) => item.key === key));
}

/** The points of a likert scale, min to max. */
export function scalePoints(scale: { min: number; max: number }): number[] {
  const points: number[] = [];
  for (let value = scale.min; value <= scale.max; value++) points.push(value);
  return points;
}
