/**
 * Strict 24-hour `HH:MM` (two digits each, 00:00–23:59). Strict on purpose: '7:5' or '24:00'
 * would otherwise be read differently by different clients, and a typical day never needs to
 * cross midnight.
 */
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight, or null when the value is not a valid `HH:MM` time. */
export function parseClockTime(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = CLOCK_TIME.exec(value);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}
