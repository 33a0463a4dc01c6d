import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  buildOpenApiDocument,
  serializeOpenApiDocument,
} from '../../apps/api/src/bootstrap/openapi';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The API serving the built web app. A tiny stand-in build (index.html + one hashed asset)
 * keeps this independent of Vite; the browser tests in apps/web/e2e use the real build.
 */
describe('web app served by the API', () => {
  let t: TestApp;
  let dist: string;
  const script = `console.log(${JSON.stringify('x'.repeat(2000))});\n`;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'rolefit-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Rolefit</title><div id="root">');
    writeFileSync(join(dist, 'assets', 'index-AbC123.js'), script);
    t = await startTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    '/',
    '/a',
    '/a/result',
    '/a/withdraw',
    '/app',
    '/app/recruiting/roles/123',
    '/app/teams?x=1',
  ])('answers %s with the app, never cached, no Referer', async (url) => {
    const res = await t.request({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.body).toContain('<div id="root">');
  });

  it('serves hashed assets as immutable for a year, compressed when asked', async () => {
    const plain = await t.request({ method: 'GET', url: '/assets/index-AbC123.js' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.body).toBe(script);
    const gzipped = await t.request({
      method: 'GET',
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(script);
    expect(gzipped.rawPayload.length).toBeLessThan(script.length / 10);
  });

  it('keeps problem+json 404s for unknown API paths and missing assets', async () => {
    for (const url of ['/api/v1/no-such-thing', '/api/v1/app', '/assets/missing.js']) {
      const res = await t.request({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: 404 });
    }
  });
});

describe('committed OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is what the API produces (run `npm run openapi` after changing the API)', () => {
    const committed = readFileSync(join(__dirname, '../../apps/api/openapi.json'), 'utf8');
    const produced = serializeOpenApiDocument(buildOpenApiDocument(t.app, 'api/v1'));
    expect(JSON.parse(committed)).toEqual(JSON.parse(produced));
  });

  it('states what clients generate from: ids, summaries, security, one problem schema', () => {
    interface Op {
      operationId: string;
      summary?: string;
      security?: unknown;
      responses: Record<string, { content?: unknown }>;
    }
    const doc = JSON.parse(readFileSync(join(__dirname, '../../apps/api/openapi.json'), 'utf8'));
    const ids = new Set<string>();
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
    for (const [path, item] of Object.entries<Record<string, Op>>(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect({ where, id: op.operationId }).toEqual({
          where,
          id: expect.stringMatching(/^[a-z][A-Za-z]+$/),
        });
        expect(ids.has(op.operationId)).toBe(false);
        ids.add(op.operationId);
        expect({ where, summary: typeof op.summary }).toEqual({ where, summary: 'string' });
        expect({ where, security: Array.isArray(op.security) }).toEqual({ where, security: true });
        for (const [status, response] of Object.entries(op.responses)) {
          if (!/^[45]/.test(status)) continue;
          expect({ where, status, content: response.content }).toEqual({
            where,
            status,
            content: {
              'application/problem+json': {
                schema: { $ref: '#/components/schemas/ProblemDetails' },
              },
            },
          });
        }
      }
    }
    // Public by design: health, sign-up/in, public previews, candidate token routes.
    expect(doc.paths['/api/v1/health/live'].get.security).toEqual([]);
    expect(doc.paths['/api/v1/public/previews/{slug}'].get.security).toEqual([]);
    expect(doc.paths['/api/v1/candidate/assessments/{token}'].get.security).toEqual([]);
    expect(doc.paths['/api/v1/job-roles'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/v1/job-roles'].post.responses['401']).toBeDefined();
  });
});
