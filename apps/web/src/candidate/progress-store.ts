import type { Answers } from './model';

/**
 * What a candidate's browser keeps between visits: answers not yet saved on the server
 * (offline, or a failed save) and the screen they were on. Stored under a SHA-256 hash of the
 * token, never the token itself: the link is the candidate's only credential, and anything
 * left on a shared computer must not open their questionnaire. Saved answers are dropped
 * from here as soon as the server has them, and everything is removed on submit, so little
 * personal data stays on the device. Entries are forgotten after 30 days.
 */
export interface StoredProgress {
  pending: Answers;
  step?: number;
  updatedAt: number;
}

const PREFIX = 'rolefit.questionnaire.';
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** The storage key of a token, or undefined where the browser cannot hash (no secure context). */
export async function progressKey(token: string): Promise<string | undefined> {
  if (typeof crypto === 'undefined' || !crypto.subtle) return undefined;
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(`rolefit-progress:${token}`),
  );
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return PREFIX + hex.slice(0, 40);
}

export function loadProgress(key: string | undefined): StoredProgress | undefined {
  if (!key) return undefined;
  forgetOldProgress();
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<StoredProgress>;
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    return {
      pending: isAnswers(parsed.pending) ? parsed.pending : {},
      step: typeof parsed.step === 'number' ? parsed.step : undefined,
      updatedAt: typeof parsed.updatedAt === 'number' ? parsed.updatedAt : 0,
    };
  } catch {
    return undefined;
  }
}

export function saveProgress(key: string | undefined, progress: Omit<StoredProgress, 'updatedAt'>) {
  if (!key) return;
  try {
    localStorage.setItem(key, JSON.stringify({ ...progress, updatedAt: Date.now() }));
  } catch {
    // Storage full or disabled: answers still go to the server while online.
  }
}

export function clearProgress(key: string | undefined): void {
  if (!key) return;
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

function forgetOldProgress(): void {
  try {
    const now = Date.now();
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const updatedAt = (JSON.parse(localStorage.getItem(key) ?? '{}') as { updatedAt?: number })
        .updatedAt;
      if (typeof updatedAt !== 'number' || now - updatedAt > MAX_AGE_MS) {
        localStorage.removeItem(key);
      }
    }
  } catch {
    // Best effort.
  }
}

function isAnswers(value: unknown): value is Answers {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => ['number', 'string', 'boolean'].includes(typeof v))
  );
}
