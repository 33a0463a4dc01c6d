import { describe, expect, it } from 'vitest';
import { parseCsv } from '../lib/csv';
import type { AssessmentResult } from '../types';
import { candidatesCsv } from './candidate-export';

function candidate(name: string, fit: number, eligible: boolean): AssessmentResult {
  return {
    id: name,
    jobRoleId: 'r',
    questionnaireId: 'q',
    questionnaireVersion: 1,
    candidate: { name, email: `${name.replace(/\W/g, '').toLowerCase()}@example.com` },
    source: 'invitation',
    attempts: 1,
    previewVersion: null,
    status: 'submitted',
    stage: 'assessed',
    anonymizedAt: null,
    fit,
    fitPercentile: 75,
    eligible,
    dimensionScores: [
      {
        dimension: 'prospecting',
        score: 81.25,
        target: 80,
        weight: 3,
        deviation: 0,
        lossShare: 0,
        percentile: 50,
      },
    ],
    knockoutsFailed: eligible ? [] : ['licence'],
    minimumsMissed: [],
    profile: null,
    createdAt: '2026-12-01T10:00:00.000Z',
    expiresAt: '2026-12-15T10:00:00.000Z',
    startedAt: '2026-12-01T10:05:00.000Z',
    submittedAt: '2026-12-01T10:20:00.000Z',
  };
}

describe('candidate CSV export', () => {
  it('writes a header and one row per candidate in rank order, formulas made inert', () => {
    const text = candidatesCsv(
      [candidate('Kari Berg', 91.04, true), candidate('=cmd|calc', 62.5, false)],
      ['prospecting', 'resilience'],
    );
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      'rank',
      'name',
      'email',
      'fit',
      'eligible',
      'fitPercentile',
      'status',
      'submittedAt',
      'knockoutsFailed',
      'minimumsMissed',
      'score:prospecting',
      'score:resilience',
    ]);
    expect(rows[1]).toEqual([
      '1',
      'Kari Berg',
      'kariberg@example.com',
      '91',
      'yes',
      '75',
      'submitted',
      '2026-12-01T10:20:00.000Z',
      '',
      '',
      '81.3',
      '',
    ]);
    expect(rows[2]?.[1]).toBe("'=cmd|calc");
    expect(rows[2]?.slice(3, 5)).toEqual(['62.5', 'no']);
    expect(rows[2]?.[8]).toBe('licence');
  });
});
