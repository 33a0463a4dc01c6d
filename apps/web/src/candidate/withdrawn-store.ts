import { isLanguage } from '../i18n/language';
import type { Language } from '../i18n/catalogue';

/**
 * After a withdrawal the server forgets the link (it answers like an unknown one), so this
 * browser remembers that it was withdrawn, to show a "withdrawn" page when the link is opened
 * again here, in the language the candidate used. Stored under a salted SHA-256 of the token
 * with the time and language only: nothing on the device opens or identifies the application.
 */
export interface WithdrawnMark {
  at: string;
  language: Language;
}

const PREFIX = 'rolefit.withdrawn.';

async function keyOf(token: string): Promise<string | undefined> {
  if (typeof crypto === 'undefined' || !crypto.subtle) return undefined;
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(`rolefit-withdrawn:${token}`),
  );
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return PREFIX + hex.slice(0, 40);
}

export async function rememberWithdrawn(token: string, mark: WithdrawnMark): Promise<void> {
  const key = await keyOf(token);
  if (!key) return;
  try {
    localStorage.setItem(key, JSON.stringify(mark));
  } catch {
    // Storage disabled: the link then shows the "does not work any more" page instead.
  }
}

/** When (and in which language) this browser withdrew the application, else undefined. */
export async function withdrawnMark(token: string): Promise<WithdrawnMark | undefined> {
  const key = await keyOf(token);
  if (!key) return undefined;
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return undefined;
    const parsed = JSON.parse(raw) as Partial<WithdrawnMark> | null;
    return {
      at: typeof parsed?.at === 'string' ? parsed.at : '',
      language: isLanguage(parsed?.language) ? parsed.language : 'en',
    };
  } catch {
    return undefined;
  }
}
