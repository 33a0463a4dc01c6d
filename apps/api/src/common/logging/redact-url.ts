/** Candidate tokens travel in URLs; they must never reach a log line. */
export function redactUrl(url: string | undefined): string {
  return (url ?? '').replace(/(\/candidate\/assessments\/)[^/?#]+/, '$1[redacted]');
}
