import type { LikertItem, Scale } from '../questionnaires/questionnaire.types';

/**
 * Keyed score of one likert answer: reverse-keyed items are mirrored on the scale so that a
 * higher keyed score always means more of the dimension (`min + max − x`).
 */
export function keyedScore(scale: Scale, keyed: LikertItem['keyed'], answer: number): number {
  return keyed === 1 ? answer : scale.min + scale.max - answer;
}

/** Percent of maximum possible (POMP): a keyed score moved onto the 0–100 scale. */
export function pomp(scale: Scale, keyed: number): number {
  return (100 * (keyed - scale.min)) / (scale.max - scale.min);
}

/** An item's weight within its dimension; the product treats an unset weight as 1. */
export function itemWeight(item: { weight?: number }): number {
  return item.weight ?? 1;
}
