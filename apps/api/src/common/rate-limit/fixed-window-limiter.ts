export interface LimiterOptions {
  /** Hits allowed per window and key. */
  limit: number;
  windowMs: number;
  /** Memory bound: at most this many keys are tracked (oldest windows are dropped first). */
  maxKeys?: number;
}

export interface LimitDecision {
  allowed: boolean;
  /** Whole seconds until the window resets (≥ 1), for Retry-After; 0 when allowed. */
  retryAfterSeconds: number;
}

interface Window {
  count: number;
  resetsAt: number;
}

/**
 * A small in-memory fixed-window counter per key (a client address, a token hash). Per
 * process: with several API processes each enforces its own window, which still bounds abuse
 * by the number of processes. `hit` counts and decides; `blocked` only looks, so callers can
 * count just failures (failed token lookups) and refuse once the budget is spent.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly maxKeys: number;

  constructor(private options: LimiterOptions) {
    if (!(options.limit >= 1) || !(options.windowMs >= 1)) {
      throw new RangeError('a limiter needs limit ≥ 1 and windowMs ≥ 1');
    }
    this.maxKeys = options.maxKeys ?? 100_000;
  }

  get limit(): number {
    return this.options.limit;
  }

  /** Changes limit and window (tests, runtime tuning); current counts are kept. */
  configure(options: Partial<LimiterOptions>): void {
    this.options = { ...this.options, ...options };
  }

  /** Counts one hit for `key`; refused once more than `limit` hits fall in the window. */
  hit(key: string, now = Date.now()): LimitDecision {
    const window = this.current(key, now) ?? this.open(key, now);
    window.count++;
    return this.decide(window, now);
  }

  /** Whether `key` has spent its budget, without counting anything. */
  blocked(key: string, now = Date.now()): LimitDecision {
    const window = this.current(key, now);
    if (!window || window.count < this.options.limit)
      return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: false, retryAfterSeconds: secondsUntil(window.resetsAt, now) };
  }

  reset(key?: string): void {
    if (key === undefined) this.windows.clear();
    else this.windows.delete(key);
  }

  /** Keys currently tracked (for tests and metrics). */
  get size(): number {
    return this.windows.size;
  }

  private decide(window: Window, now: number): LimitDecision {
    return window.count <= this.options.limit
      ? { allowed: true, retryAfterSeconds: 0 }
      : { allowed: false, retryAfterSeconds: secondsUntil(window.resetsAt, now) };
  }

  private current(key: string, now: number): Window | undefined {
    const window = this.windows.get(key);
    if (window && window.resetsAt > now) return window;
    if (window) this.windows.delete(key);
    return undefined;
  }

  private open(key: string, now: number): Window {
    if (this.windows.size >= this.maxKeys) this.evict(now);
    const window = { count: 0, resetsAt: now + this.options.windowMs };
    this.windows.set(key, window);
    return window;
  }

  /** Drops expired windows; if none expired, the oldest tenth (Map keeps insertion order). */
  private evict(now: number): void {
    for (const [key, window] of this.windows) {
      if (window.resetsAt <= now) this.windows.delete(key);
    }
    if (this.windows.size < this.maxKeys) return;
    let drop = Math.max(1, Math.floor(this.maxKeys / 10));
    for (const key of this.windows.keys()) {
      if (drop-- <= 0) break;
      this.windows.delete(key);
    }
  }
}

function secondsUntil(resetsAt: number, now: number): number {
  return Math.max(1, Math.ceil((resetsAt - now) / 1000));
}
