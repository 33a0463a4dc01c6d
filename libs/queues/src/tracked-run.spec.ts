import { type Job, UnrecoverableError } from 'bullmq';
import { type RunLifecycle, runTracked, type TrackedRun } from './tracked-run';

class Permanent extends Error {}

/** An in-memory run row with the same rules as the SQL: completed is written once. */
class MemoryRuns implements RunLifecycle<string, number> {
  status: 'queued' | 'running' | 'completed' | 'failed' = 'queued';
  attempts = 0;
  result: number | null = null;
  reason: string | null = null;

  async markRunning(): Promise<string | null> {
    if (this.status === 'completed') return null;
    this.writes++;
    this.status = 'running';
    this.attempts++;
    return 'input';
  }
  writes = 0;
  async markCompleted(
    _id: string,
    result: number,
    _ms: number,
    unmarked?: boolean,
  ): Promise<boolean> {
    if (this.status === 'completed') return false;
    this.writes++;
    if (unmarked) this.attempts++;
    this.status = 'completed';
    this.result = result;
    return true;
  }
  async markFailed(_id: string, reason: string): Promise<void> {
    if (this.status !== 'completed') this.status = 'failed';
    this.reason = reason;
  }
  async markRetrying(_id: string, reason: string): Promise<void> {
    if (this.status === 'running') this.status = 'queued';
    this.reason = reason;
  }
}

/** The same rules, with the quick path's read-only peek. */
class PeekableRuns extends MemoryRuns {
  peeks = 0;
  async peek(): Promise<string | null> {
    this.peeks++;
    return this.status === 'completed' ? null : 'input';
  }
}

const job = (attemptsMade: number, attempts = 3) => ({ attemptsMade, opts: { attempts } }) as Job;

function run(
  runs: RunLifecycle<string, number>,
  attemptsMade: number,
  compute: TrackedRun<string, number>['compute'],
  isQuick?: TrackedRun<string, number>['isQuick'],
) {
  const lines: string[] = [];
  const outcome = runTracked({
    job: job(attemptsMade),
    runId: 'r1',
    organizationId: 'o1',
    runs,
    compute,
    isPermanent: (error) => error instanceof Permanent,
    label: 'thing',
    failure: 'The thing could not be computed',
    logger: { log: (line) => lines.push(line) },
    summary: (result) => `value ${result}`,
    isQuick,
  });
  return { outcome, lines };
}

describe('runTracked', () => {
  it('completes once: a second run finds the row completed and computes nothing', async () => {
    const runs = new MemoryRuns();
    const first = run(runs, 0, async (input) => (input === 'input' ? 42 : -1));
    await expect(first.outcome).resolves.toBe('completed');
    expect(first.lines[0]).toMatch(/^thing r1 completed: value 42 in \d+ ms$/);
    const compute = jest.fn(async () => 7);
    await expect(run(runs, 0, compute).outcome).resolves.toBe('already completed or missing');
    expect(compute).not.toHaveBeenCalled();
    expect(runs).toMatchObject({ status: 'completed', result: 42, attempts: 1 });
  });

  it('puts a transiently failed run back to queued and rethrows for BullMQ to retry', async () => {
    const runs = new MemoryRuns();
    const boom = new Error('connection reset');
    await expect(run(runs, 0, () => Promise.reject(boom)).outcome).rejects.toBe(boom);
    expect(runs.status).toBe('queued');
    expect(runs.reason).toBe('Attempt 1 failed, retrying: connection reset');
  });

  it('fails the run on the last attempt', async () => {
    const runs = new MemoryRuns();
    await expect(
      run(runs, 2, () => Promise.reject(new Error('still down'))).outcome,
    ).rejects.toThrow('still down');
    expect(runs.status).toBe('failed');
    expect(runs.reason).toBe('The thing could not be computed: still down');
  });

  it('fails a permanent error at once, unrecoverable for BullMQ', async () => {
    const runs = new MemoryRuns();
    const outcome = run(runs, 0, () => Promise.reject(new Permanent('bad input'))).outcome;
    await expect(outcome).rejects.toBeInstanceOf(UnrecoverableError);
    expect(runs.status).toBe('failed');
    expect(runs.reason).toBe('The thing could not be computed: bad input');
  });

  describe('the quick path (peek + isQuick)', () => {
    it('computes a quick input and writes the row once, counting the attempt', async () => {
      const runs = new PeekableRuns();
      const first = run(
        runs,
        0,
        async () => 42,
        () => true,
      );
      await expect(first.outcome).resolves.toBe('completed');
      expect(first.lines[0]).toMatch(/^thing r1 completed: value 42 in \d+ ms$/);
      expect(runs).toMatchObject({ status: 'completed', result: 42, attempts: 1, writes: 1 });
      const compute = jest.fn(async () => 7);
      await expect(run(runs, 0, compute, () => true).outcome).resolves.toBe(
        'already completed or missing',
      );
      expect(compute).not.toHaveBeenCalled();
      expect(runs).toMatchObject({ result: 42, attempts: 1, writes: 1 });
    });

    it('marks a slow input running first, as without the quick path', async () => {
      const runs = new PeekableRuns();
      let statusWhileComputing = '';
      const outcome = run(
        runs,
        0,
        async () => {
          statusWhileComputing = runs.status;
          return 5;
        },
        () => false,
      ).outcome;
      await expect(outcome).resolves.toBe('completed');
      expect(statusWhileComputing).toBe('running');
      expect(runs).toMatchObject({ status: 'completed', attempts: 1, writes: 2, peeks: 1 });
    });

    it('counts the attempt of a quick run that fails, then fails or retries as usual', async () => {
      const runs = new PeekableRuns();
      const boom = new Error('connection reset');
      await expect(
        run(
          runs,
          0,
          () => Promise.reject(boom),
          () => true,
        ).outcome,
      ).rejects.toBe(boom);
      expect(runs).toMatchObject({ status: 'queued', attempts: 1 });
      expect(runs.reason).toBe('Attempt 1 failed, retrying: connection reset');
      const bad = run(
        runs,
        1,
        () => Promise.reject(new Permanent('bad input')),
        () => true,
      );
      await expect(bad.outcome).rejects.toBeInstanceOf(UnrecoverableError);
      expect(runs).toMatchObject({ status: 'failed', attempts: 2 });
    });

    it('treats a failed store of a quick result like any transient failure', async () => {
      const runs = new PeekableRuns();
      runs.markCompleted = () => Promise.reject(new Error('database restarting'));
      await expect(
        run(
          runs,
          0,
          async () => 1,
          () => true,
        ).outcome,
      ).rejects.toThrow('database restarting');
      expect(runs.reason).toBe('Attempt 1 failed, retrying: database restarting');
    });
  });
});
