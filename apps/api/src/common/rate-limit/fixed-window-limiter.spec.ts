import { FixedWindowLimiter } from './fixed-window-limiter';

describe('FixedWindowLimiter', () => {
  it('allows `limit` hits per window and key, then refuses with the seconds left', () => {
    const limiter = new FixedWindowLimiter({ limit: 3, windowMs: 60_000 });
    const t0 = 1_000_000;
    expect(limiter.hit('a', t0).allowed).toBe(true);
    expect(limiter.hit('a', t0 + 1).allowed).toBe(true);
    expect(limiter.hit('a', t0 + 2).allowed).toBe(true);
    expect(limiter.hit('a', t0 + 10_000)).toEqual({ allowed: false, retryAfterSeconds: 50 });
    // Another key has its own budget.
    expect(limiter.hit('b', t0 + 10_000).allowed).toBe(true);
  });

  it('opens a fresh window once the old one has passed', () => {
    const limiter = new FixedWindowLimiter({ limit: 1, windowMs: 1000 });
    expect(limiter.hit('a', 0).allowed).toBe(true);
    expect(limiter.hit('a', 999).allowed).toBe(false);
    expect(limiter.hit('a', 1000).allowed).toBe(true);
  });

  it('never asks to wait less than one second', () => {
    const limiter = new FixedWindowLimiter({ limit: 1, windowMs: 1000 });
    limiter.hit('a', 0);
    expect(limiter.hit('a', 999.9).retryAfterSeconds).toBe(1);
  });

  it('`blocked` looks without counting, so only failures need to be hit', () => {
    const limiter = new FixedWindowLimiter({ limit: 2, windowMs: 60_000 });
    for (let i = 0; i < 100; i++) expect(limiter.blocked('ip', i).allowed).toBe(true);
    limiter.hit('ip', 100);
    expect(limiter.blocked('ip', 101).allowed).toBe(true);
    limiter.hit('ip', 102);
    expect(limiter.blocked('ip', 103)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.blocked('ip', 60_100).allowed).toBe(true);
  });

  it('stays within its key budget by dropping expired, then oldest windows', () => {
    const limiter = new FixedWindowLimiter({ limit: 1, windowMs: 1000, maxKeys: 10 });
    for (let i = 0; i < 10; i++) limiter.hit(`k${i}`, 0);
    expect(limiter.size).toBe(10);
    limiter.hit('late', 500);
    expect(limiter.size).toBeLessThanOrEqual(10);
    expect(limiter.blocked('late', 600).allowed).toBe(false);
    // All old windows expired: they are swept before anything live is dropped.
    for (let i = 0; i < 9; i++) limiter.hit(`n${i}`, 1200);
    expect(limiter.blocked('late', 1300).allowed).toBe(false);
    expect(limiter.size).toBeLessThanOrEqual(10);
  });

  it('can be reconfigured and reset', () => {
    const limiter = new FixedWindowLimiter({ limit: 1, windowMs: 1000 });
    limiter.hit('a', 0);
    expect(limiter.hit('a', 1).allowed).toBe(false);
    limiter.configure({ limit: 5 });
    expect(limiter.hit('a', 2).allowed).toBe(true);
    limiter.reset();
    expect(limiter.size).toBe(0);
  });

  it('rejects nonsensical options', () => {
    expect(() => new FixedWindowLimiter({ limit: 0, windowMs: 1000 })).toThrow(RangeError);
    expect(() => new FixedWindowLimiter({ limit: 1, windowMs: 0 })).toThrow(RangeError);
  });
});
