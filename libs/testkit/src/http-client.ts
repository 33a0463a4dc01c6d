import type { Agent } from 'node:http';
import { httpRequest, newAgent } from './http-request';

export interface HttpResponse<T = unknown> {
  status: number;
  body: T;
  /** Request start to last byte, in milliseconds. */
  ms: number;
}

/**
 * A keep-alive JSON client for one base URL, for seeding through the public API and for
 * load where each request depends on the last. Unlike `httpRequest`, a transport error
 * throws: a setup step that cannot reach the API should stop the run.
 */
export class HttpClient {
  private readonly agent: Agent;

  constructor(
    private readonly baseUrl: string,
    maxSockets = 64,
  ) {
    this.agent = newAgent(maxSockets);
  }

  async request<T = unknown>(
    method: string,
    path: string,
    options: { token?: string; body?: unknown } = {},
  ): Promise<HttpResponse<T>> {
    const res = await httpRequest({
      base: this.baseUrl,
      method,
      path,
      token: options.token,
      body: options.body,
      agent: this.agent,
      timeoutMs: 0,
    });
    if (res.status === undefined) {
      throw Object.assign(new Error(`${method} ${path}: ${res.error}`), { code: res.error });
    }
    let body: unknown = res.body;
    if (/json/.test(res.headers['content-type'] ?? '') && res.body.length > 0) {
      try {
        body = JSON.parse(res.body);
      } catch {
        body = res.body;
      }
    }
    return { status: res.status, body: body as T, ms: res.ms };
  }

  /** Like request, but any status other than `expected` is an error with the response body. */
  async expect<T = unknown>(
    expected: number,
    method: string,
    path: string,
    options: { token?: string; body?: unknown } = {},
  ): Promise<T> {
    const res = await this.request<T>(method, path, options);
    if (res.status !== expected) {
      throw new Error(
        `${method} ${path} → ${res.status}, expected ${expected}: ${JSON.stringify(res.body).slice(0, 500)}`,
      );
    }
    return res.body;
  }

  close(): void {
    this.agent.destroy();
  }
}
