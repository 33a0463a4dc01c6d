import type { InjectOptions, Response } from 'light-my-request';
import { problemTypeFor } from '../../../apps/api/src/common/problem/problem-types';

/** Signs that internals leaked into a response: stack frames, driver errors, SQL, paths. */
const LEAK =
  /\bat [^\s]+ \(?[^\s)]*\.(?:js|ts|mjs|cjs):\d+|QueryFailedError|EntityNotFound|TypeORMError|node_modules|\/work\/|\bSELECT\s.+\sFROM\b|\bINSERT INTO\b|\bUPDATE\s+\w+\s+SET\b|Maximum call stack|Cannot read propert|is not a function|\bundefined is not\b/i;

export interface SentRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** The raw payload as sent (JSON text for bodies). */
  payload?: string;
  remoteAddress?: string;
}

/**
 * What every answer of the API must satisfy, whatever was sent: never a 5xx; every 4xx an
 * RFC 9457 problem (application/problem+json with numeric status equal to the HTTP status,
 * title, detail and the type URI of its kind); nothing internal in the body. Returns the violations (empty when fine).
 */
export function responseViolations(res: Response, method = 'GET'): string[] {
  const problems: string[] = [];
  if (res.statusCode >= 500) problems.push(`status ${res.statusCode} (a 5xx)`);
  const contentType = String(res.headers['content-type'] ?? '');
  const isError = res.statusCode >= 400;
  if (isError && method !== 'HEAD') {
    if (!/^application\/problem\+json/.test(contentType)) {
      problems.push(`content-type "${contentType}" is not application/problem+json`);
    }
    let body: Record<string, unknown> | undefined;
    try {
      body = JSON.parse(res.body) as Record<string, unknown>;
    } catch {
      problems.push('body is not JSON');
    }
    if (body) {
      if (body.status !== res.statusCode) {
        problems.push(`problem.status ${String(body.status)} ≠ HTTP ${res.statusCode}`);
      }
      if (typeof body.title !== 'string' || body.title === '') problems.push('no problem.title');
      if (typeof body.detail !== 'string' || body.detail === '') {
        problems.push('no problem.detail');
      }
      if ('stack' in body) problems.push('problem has a stack');
      const fieldErrors = Array.isArray(body.errors) && body.errors.length > 0;
      const expectedType = problemTypeFor(res.statusCode, fieldErrors);
      if (body.type !== expectedType) {
        problems.push(`problem.type ${String(body.type)} ≠ ${expectedType}`);
      }
      // `instance` and `errors[].field` echo the caller's own path and keys; the rest is the
      // server's own text.
      const { errors, ...rest } = body;
      delete rest.instance;
      const messages = Array.isArray(errors)
        ? errors.map((e) => (e as { message?: unknown } | null)?.message)
        : errors;
      const text = JSON.stringify({ ...rest, messages });
      const leak = LEAK.exec(text);
      if (leak) problems.push(`problem leaks internals: "${leak[0]}"`);
    }
  }
  return problems;
}

/** The exchange, printable and replayable (bodies trimmed to keep reports readable). */
export function describeExchange(req: SentRequest, res: Response | undefined, max = 600): string {
  const trim = (s: string | undefined) =>
    s === undefined ? '' : s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s;
  const headers = { ...(req.headers ?? {}) };
  if (headers.authorization) headers.authorization = headers.authorization.slice(0, 24) + '…';
  const lines = [
    `→ ${req.method} ${trim(req.url)}`,
    `  headers: ${JSON.stringify(headers)}${req.remoteAddress ? ` from ${req.remoteAddress}` : ''}`,
  ];
  if (req.payload !== undefined) lines.push(`  body: ${trim(req.payload)}`);
  if (res) {
    lines.push(`← ${res.statusCode} ${String(res.headers['content-type'] ?? '')}`);
    lines.push(`  ${trim(res.body)}`);
  }
  return lines.join('\n');
}

/** Turns a SentRequest into inject options. */
export function toInject(req: SentRequest): InjectOptions {
  return {
    method: req.method,
    url: req.url,
    headers: req.headers,
    ...(req.payload !== undefined && { payload: req.payload }),
    ...(req.remoteAddress && { remoteAddress: req.remoteAddress }),
  };
}

/**
 * Fails with a readable summary: how many exchanges went wrong, and the first example of
 * each kind (same violations on the same route), instead of hundreds of near-copies.
 */
export function expectNoFailures(failures: string[], maxKinds = 25): void {
  if (failures.length === 0) return;
  const normalize = (line: string) =>
    line
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '{id}')
      .replace(/\d+/g, 'N')
      .replace(/\?.*$/, '');
  const kinds = new Map<string, { example: string; count: number }>();
  for (const failure of failures) {
    const [problems, request] = failure.split('\n');
    const kind = `${normalize(problems)} @ ${normalize(request ?? '')}`;
    const seen = kinds.get(kind);
    if (seen) seen.count++;
    else kinds.set(kind, { example: failure, count: 1 });
  }
  const shown = [...kinds.values()].slice(0, maxKinds);
  throw new Error(
    `${failures.length} exchanges went wrong, ${kinds.size} kinds; the first of each:\n\n` +
      shown.map((k) => `■ (×${k.count}) ${k.example}`).join('\n\n') +
      (kinds.size > maxKinds ? `\n\n… and ${kinds.size - maxKinds} more kinds` : ''),
  );
}
