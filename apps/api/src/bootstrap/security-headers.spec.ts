import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { staticSecurityHeaders } from './security-headers';

describe('staticSecurityHeaders', () => {
  it('equals what helmet sets on a real response, computed once', () => {
    const options = { contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } } };
    const set = new Map<string, string>();
    const response = {
      setHeader: (k: string, v: string) => set.set(k.toLowerCase(), String(v)),
      removeHeader: (k: string) => set.delete(k.toLowerCase()),
    };
    helmet(options)(
      { headers: {} } as IncomingMessage,
      response as unknown as ServerResponse,
      () => undefined,
    );
    const headers = staticSecurityHeaders(options);
    expect(headers).toEqual(Object.fromEntries(set));
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['strict-transport-security']).toMatch(/max-age=/);
  });
});
