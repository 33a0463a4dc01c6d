import type { TeamSnapshot } from '@rolefit/domain';
import { createHash } from 'node:crypto';

/** What the worker needs besides the team itself; part of the frozen input. */
export interface AnalysisInput {
  snapshot: TeamSnapshot;
  gapThreshold: number;
}

/**
 * A stable hash of the analysis input: the same team, requirements, role targets and
 * threshold always hash alike (keys sorted), so asking twice finds the first analysis.
 */
export function hashAnalysisInput(input: AnalysisInput): string {
  return createHash('sha256').update(canonicalJson(input)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
