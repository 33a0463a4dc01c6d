import { Agent, IncomingHttpHeaders, request } from 'node:http';

export interface HttpOptions {
  base: string;
  method: string;
  path: string;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  agent?: Agent;
  /** Default 30 s; 0 waits as long as the server takes (benchmarks measure slow answers too). */
  timeoutMs?: number;
  /** Sent as X-Request-Id, which the API adopts as its request id (and logs). */
  requestId?: string;
}

export interface HttpResult {
  /** Undefined when no response arrived (see `error`). */
  status?: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** ECONNREFUSED, ECONNRESET, EPIPE, TIMEOUT, ... when no complete response arrived. */
  error?: string;
  /** The request went out on a kept-alive socket (Node's `req.reusedSocket`). */
  reusedSocket: boolean;
  requestId?: string;
  startedAt: number;
  ms: number;
}

export function newAgent(maxSockets = 64): Agent {
  return new Agent({ keepAlive: true, maxSockets });
}

/** The outcome as one short key: the status code, or the error code. */
export function outcomeKey(res: HttpResult): string {
  return res.status !== undefined ? String(res.status) : (res.error ?? 'unknown');
}

export function json<T>(res: HttpResult): T {
  return JSON.parse(res.body) as T;
}

/**
 * One HTTP request with node:http, never throwing: transport errors are returned in
 * `error`, so drills can count them next to status codes. `ms` is measured with the
 * high-resolution clock (benchmarks report it).
 */
export function httpRequest(options: HttpOptions): Promise<HttpResult> {
  const startedAt = Date.now();
  const started = performance.now();
  const url = new URL(options.path, options.base);
  const payload =
    options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body));
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (payload) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(payload.length);
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.requestId) headers['x-request-id'] = options.requestId;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<HttpResult, 'startedAt' | 'ms' | 'requestId'>) => {
      if (settled) return;
      settled = true;
      resolve({
        ...result,
        requestId: options.requestId,
        startedAt,
        ms: performance.now() - started,
      });
    };
    const req = request(
      url,
      { method: options.method, headers, agent: options.agent ?? false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          finish({
            status: res.statusCode,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
            reusedSocket: req.reusedSocket,
          }),
        );
        res.on('error', (error: NodeJS.ErrnoException) =>
          finish({
            headers: res.headers,
            body: '',
            error: `RESPONSE_${error.code ?? error.message}`,
            reusedSocket: req.reusedSocket,
          }),
        );
        res.on('aborted', () =>
          finish({
            headers: res.headers,
            body: '',
            error: 'RESPONSE_ABORTED',
            reusedSocket: req.reusedSocket,
          }),
        );
      },
    );
    const timeoutMs = options.timeoutMs ?? 30_000;
    if (timeoutMs > 0) {
      req.setTimeout(timeoutMs, () => {
        req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' }));
      });
    }
    req.on('error', (error: NodeJS.ErrnoException) =>
      finish({
        headers: {},
        body: '',
        error: error.code ?? error.message,
        reusedSocket: req.reusedSocket,
      }),
    );
    req.end(payload);
  });
}
