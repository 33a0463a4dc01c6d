import { jobIdOf } from './queue-descriptor';
import {
  ALL_QUEUES,
  MAIL_QUEUE,
  queueNamed,
  RELIABILITY_QUEUE,
  RETENTION_QUEUE,
  runTables,
  TEAM_ANALYSIS_QUEUE,
} from './queues';

describe('queue descriptors', () => {
  it('keep the job ids already stored in outboxes and Redis', () => {
    const ids = { analysisId: 'a1', runId: 'r1', organizationId: 'o1' };
    expect(jobIdOf(TEAM_ANALYSIS_QUEUE, ids)).toBe('team-analysis-a1');
    expect(jobIdOf(RELIABILITY_QUEUE, ids)).toBe('reliability-r1');
    expect(jobIdOf(RETENTION_QUEUE, { runId: 'r2', organizationId: '*' })).toBe('retention-r2');
  });

  it('are found by the name stored in the outbox, and unknown names are refused', () => {
    for (const name of ALL_QUEUES) expect(queueNamed(name).name).toBe(name);
    expect(() => queueNamed('nope')).toThrow('unknown queue nope');
  });

  it('give the reconciler every run table with its job id prefix', () => {
    expect(runTables()).toEqual([
      { table: 'team_analyses', jobIdPrefix: 'team-analysis-' },
      { table: 'reliability_runs', jobIdPrefix: 'reliability-' },
      { table: 'mail_messages', jobIdPrefix: 'mail-' },
      { table: 'retention_runs', jobIdPrefix: 'retention-' },
    ]);
  });

  it('give mail its own long retry (the mail processor’s capped backoff)', () => {
    expect(jobIdOf(MAIL_QUEUE, { mailId: 'm1', organizationId: 'o1' })).toBe('mail-m1');
    expect(MAIL_QUEUE.jobOptions).toMatchObject({ attempts: 1000, backoff: { type: 'mail' } });
    expect(TEAM_ANALYSIS_QUEUE.jobOptions).toBeUndefined();
  });
});
