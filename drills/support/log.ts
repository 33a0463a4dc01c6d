/** A drill's progress line, with the time of day to the millisecond. */
export function log(message: string): void {
  const t = new Date().toISOString().slice(11, 23);
  console.log(`[${t}] ${message}`);
}
