import type { Answers, CandidateItem } from './model';

/** How a saved answer reads on the review page, in the page's language. */
export function answerText(
  item: CandidateItem,
  answers: Answers,
  words: { yes: string; no: string; likert: (value: number) => string },
): string | undefined {
  const value = answers[item.key];
  if (value === undefined) return undefined;
  if (item.type === 'knockout') return value === true ? words.yes : words.no;
  if (item.type === 'choice')
    return item.options?.find((o) => o.key === value)?.text ?? String(value);
  return typeof value === 'number' ? words.likert(value) : String(value);
}
