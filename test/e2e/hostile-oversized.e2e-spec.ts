import type { Response } from 'light-my-request';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { VALID_BODIES } from '../support/hostile/bodies';
import {
  ApiOperation,
  fetchOpenApi,
  fillPath,
  listOperations,
  OpenApiDocument,
} from '../support/hostile/openapi';
import {
  describeExchange,
  expectNoFailures,
  responseViolations,
  SentRequest,
  toInject,
} from '../support/hostile/response-checks';
import { buildTenant, ownParamValue, Tenant } from '../support/hostile/world';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Oversized input, on every operation of the OpenAPI document (fetched at test time) that
 * takes a body, starting each time from a VALID body and making one part of it huge: 10 MB
 * bodies (sent whole and streamed without a length), 100,000-element arrays and 100,000-key
 * objects, 1 MB strings, 10,000 levels of nesting. Each must be refused (413, or 400/422
 * naming the problem) within a couple of seconds, as problem+json, and the process must not
 * grow while it keeps refusing them (HOSTILE_VERBOSE=1 prints the memory figures).
 */
const TEN_MB = 10 * 1024 * 1024;
const ONE_MB_STRING = 'x'.repeat(1_000_000);
const HUGE = 100_000;
const DEPTH = 10_000;
/** A sanity bound for a hung or runaway request, not a benchmark. */
const MAX_MS = 2_000;
const DEEP_ARRAY = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
const DEEP_OBJECT = '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH);
/** Prototype poisoning at the bottom of a deep object. */
const DEEP_POISON = '{"a":'.repeat(DEPTH) + '{"__proto__":{"polluted":1}}' + '}'.repeat(DEPTH);
const MARKER = '\u0001hostile-marker\u0001';

type Json = unknown;
type PathPart = string | number;

/** Every node of a JSON tree with its path, root first. */
function nodes(value: Json, path: PathPart[] = []): { path: PathPart[]; value: Json }[] {
  const out = [{ path, value }];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...nodes(v, [...path, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...nodes(v, [...path, k]));
  }
  return out;
}

/** `profile[0].target`, `[0].slots`: the field paths of the API's validation errors. */
function fieldPath(path: PathPart[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** JSON text of `body` with the node at `path` replaced by the raw JSON `fragment`. */
function withFragment(body: Json, path: PathPart[], fragment: string): string {
  if (path.length === 0) return fragment;
  const copy = structuredClone(body) as Record<string | number, Json>;
  let node = copy;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, Json>;
  node[path[path.length - 1]] = MARKER;
  return JSON.stringify(copy).replace(JSON.stringify(MARKER), () => fragment);
}

function gcFunction(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

describe('hostile input: oversized and deeply nested input', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let operations: ApiOperation[];
  let bodyOps: ApiOperation[];
  let x: Tenant;

  beforeAll(async () => {
    t = await startTestApp();
    doc = await fetchOpenApi(t);
    operations = listOperations(doc);
    bodyOps = operations.filter((op) => op.body);
    x = await buildTenant(t, { label: 'Big' });
  });
  afterAll(() => t?.close());

  const urlOf = (op: ApiOperation) =>
    fillPath(
      op.path,
      Object.fromEntries(
        op.pathParams.map((p) => [p.name, ownParamValue(x, op.path, p.name) ?? 'none']),
      ),
    );
  const request = (
    op: ApiOperation,
    payload: string | Readable,
  ): SentRequest & { stream?: Readable } => ({
    method: op.method,
    url: urlOf(op),
    headers: {
      authorization: `Bearer ${x.org.token}`,
      'content-type': 'application/json',
      ...(payload instanceof Readable && { 'transfer-encoding': 'chunked' }),
    },
    ...(typeof payload === 'string' ? { payload } : { stream: payload }),
  });

  /** Sends, times, and returns what is wrong (status not allowed, too slow, not a problem). */
  async function refused(
    req: SentRequest & { stream?: Readable },
    allowed: number[],
    field?: string,
  ): Promise<{ failure?: string; ms: number }> {
    const started = performance.now();
    let res: Response;
    try {
      res = await t.app.inject({ ...toInject(req), ...(req.stream && { payload: req.stream }) });
    } catch (error) {
      return {
        failure: `inject threw ${String(error)}\n${describeExchange(req, undefined)}`,
        ms: Math.round(performance.now() - started),
      };
    }
    const ms = Math.round(performance.now() - started);
    const problems = responseViolations(res, req.method);
    if (!allowed.includes(res.statusCode)) {
      problems.push(`expected ${allowed.join('/')}, got ${res.statusCode}`);
    }
    if (ms > MAX_MS) problems.push(`took ${ms} ms`);
    if (res.body.length > 64 * 1024) problems.push(`answered with ${res.body.length} bytes`);
    if (field !== undefined && [400, 422].includes(res.statusCode)) {
      // Field errors, when given, must include the field made huge (a refusal of the body as
      // a whole, without field errors, says so in its detail).
      const errors = (JSON.parse(res.body) as { errors?: { field: string }[] }).errors;
      const named = errors?.some(
        (e) => e.field === field || field.startsWith(e.field) || e.field.startsWith(field),
      );
      if (errors && !named) problems.push(`the refusal does not name ${field || 'the body'}`);
    }
    return {
      failure: problems.length
        ? `${problems.join('; ')} (${ms} ms)\n${describeExchange(req, res, 300)}`
        : undefined,
      ms,
    };
  }

  interface Case {
    req: SentRequest & { stream?: Readable };
    allowed: number[];
    /** The field made huge, which a 400/422 must name. */
    field?: string;
    /** Cases of one group are alike: after one runs away, the rest of its group are skipped. */
    group?: string;
  }

  async function sweep(cases: Case[]) {
    const failures: string[] = [];
    const runaway = new Map<string, number>();
    for (const c of cases) {
      const group = c.group ?? 'all';
      if (runaway.has(group)) {
        runaway.set(group, runaway.get(group)! + 1);
        continue;
      }
      const { failure, ms } = await refused(c.req, c.allowed, c.field);
      if (failure) failures.push(failure);
      // The server is in-process: a request that runs away blocks the test too. Skip the
      // rest of its group rather than time out, and say what was not tried.
      if (ms > 5 * MAX_MS) runaway.set(group, 0);
    }
    for (const [group, skipped] of runaway) {
      if (skipped > 0)
        failures.push(`${skipped} more "${group}" cases not sent: one took > ${5 * MAX_MS} ms`);
    }
    return failures;
  }

  it('has a valid base body for every operation with a body', () => {
    expect(bodyOps.length).toBeGreaterThan(10);
    expect(bodyOps.filter((op) => !VALID_BODIES[op.name]).map((op) => op.name)).toEqual([]);
  });

  it('refuses a 10 MB body with 413 on every operation, sent whole or streamed', async () => {
    const big = JSON.stringify({ filler: 'x'.repeat(TEN_MB) });
    const cases = bodyOps.flatMap((op) => [
      { req: request(op, big), allowed: [413] },
      {
        // No Content-Length: the limit must hold while reading, not just by the header.
        req: request(
          op,
          Readable.from(
            (function* () {
              yield '{"filler":"';
              for (let i = 0; i < 160; i++) yield 'x'.repeat(64 * 1024);
              yield '"}';
            })(),
          ),
        ),
        allowed: [413],
      },
    ]);
    expectNoFailures(await sweep(cases));
  });

  it('refuses 100,000-element arrays and 100,000-key objects anywhere in a body', async () => {
    const cases: Case[] = [];
    for (const op of bodyOps) {
      const base = VALID_BODIES[op.name](x);
      for (const { path, value } of nodes(base)) {
        if (Array.isArray(value)) {
          // Copies of a valid element (each passes on its own), and minimal junk.
          const element = JSON.stringify(value[0] ?? {});
          for (const item of [element, '0', '{}']) {
            const fragment = `[${new Array<string>(HUGE).fill(item).join(',')}]`;
            cases.push({
              req: request(op, withFragment(base, path, fragment)),
              allowed: [400, 413, 422],
              field: fieldPath(path),
              group: `array of ${item.length > 2 ? 'valid elements' : item}`,
            });
          }
        } else if (value !== null && typeof value === 'object' && path.length <= 1) {
          // Short keys, so the body stays under the usual 1 MB limit and reaches the API.
          const keys = Array.from({ length: HUGE }, (_, i) => `"${i.toString(36)}":1`).join(',');
          const own = Object.entries(value)
            .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
            .join(',');
          cases.push({
            req: request(op, withFragment(base, path, `{${own ? `${own},` : ''}${keys}}`)),
            allowed: [400, 413, 422],
            group: '100,000 keys',
          });
        }
      }
    }
    expect(cases.length).toBeGreaterThan(20);
    expectNoFailures(await sweep(cases));
  });

  it('refuses a 1 MB string in every string field of every body', async () => {
    const cases: Case[] = [];
    for (const op of bodyOps) {
      const base = VALID_BODIES[op.name](x);
      for (const { path, value } of nodes(base)) {
        if (typeof value !== 'string') continue;
        cases.push({
          req: request(op, withFragment(base, path, JSON.stringify(ONE_MB_STRING))),
          allowed: [400, 413, 422],
          field: fieldPath(path),
        });
      }
    }
    // And where strings are not in a body: a path parameter, a query value, a header.
    const get = operations.find((op) => op.method === 'GET' && op.pathParams.length > 0)!;
    const list = operations.find((op) => op.method === 'GET' && op.queryParams.length > 0)!;
    const auth = { authorization: `Bearer ${x.org.token}` };
    cases.push(
      {
        req: {
          method: 'GET',
          url: fillPath(get.path, {
            id: ONE_MB_STRING,
            key: ONE_MB_STRING,
            slug: ONE_MB_STRING,
            token: ONE_MB_STRING,
          }),
          headers: auth,
        },
        allowed: [404, 414],
      },
      {
        req: {
          method: 'GET',
          url: `${list.path}?${list.queryParams[0].name}=${ONE_MB_STRING}`,
          headers: auth,
        },
        allowed: [400, 414],
      },
      {
        req: {
          method: 'GET',
          url: '/api/v1/me',
          headers: { authorization: `Bearer ${ONE_MB_STRING}` },
        },
        allowed: [401, 431],
      },
    );
    expect(cases.length).toBeGreaterThan(30);
    expectNoFailures(await sweep(cases));
  });

  it('refuses 10,000 levels of nesting, as the body and in every top-level field', async () => {
    const cases: Case[] = [];
    for (const op of bodyOps) {
      const base = VALID_BODIES[op.name](x);
      for (const { path } of nodes(base)) {
        if (path.length > 1) continue;
        const deeps = [DEEP_ARRAY, DEEP_OBJECT, ...(path.length === 0 ? [DEEP_POISON] : [])];
        for (const deep of deeps) {
          cases.push({
            req: request(op, withFragment(base, path, deep)),
            allowed: [400, 413, 422],
          });
        }
      }
    }
    expectNoFailures(await sweep(cases));
  });

  it('stays steady in memory while refusing oversized input over and over', async () => {
    const gc = gcFunction();
    const members = bodyOps.find((op) => op.path.endsWith('/members')) ?? bodyOps[0];
    const role = bodyOps.find((op) => op.name === 'POST /api/v1/job-roles') ?? bodyOps[0];
    const big = JSON.stringify({ filler: 'x'.repeat(TEN_MB) });
    const hugeArray = JSON.stringify({ members: new Array(HUGE).fill({ name: 'm' }) });
    const longString = JSON.stringify({
      ...(VALID_BODIES[role.name](x) as object),
      title: ONE_MB_STRING,
    });
    const round = async () => {
      const failures = await sweep([
        { req: request(members, big), allowed: [413] },
        { req: request(members, hugeArray), allowed: [400, 413, 422] },
        { req: request(role, longString), allowed: [400, 413] },
        { req: request(role, DEEP_ARRAY), allowed: [400, 413] },
        { req: request(role, DEEP_OBJECT), allowed: [400, 413] },
      ]);
      expectNoFailures(failures);
    };
    const settle = () => {
      gc?.();
      gc?.();
      return process.memoryUsage();
    };
    for (let i = 0; i < 3; i++) await round(); // warm up: JIT, pools, caches
    const before = settle();
    for (let i = 0; i < 20; i++) await round();
    const after = settle();
    const mb = (n: number) => Math.round(n / 2 ** 20);
    const growth = { rss: mb(after.rss - before.rss), heap: mb(after.heapUsed - before.heapUsed) };
    if (process.env.HOSTILE_VERBOSE) {
      process.stdout.write(
        `memory over 20 rounds (${gc ? 'after gc' : 'no gc'}): rss ${mb(before.rss)} → ` +
          `${mb(after.rss)} MB, heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)} MB\n`,
      );
    }
    // With a collector to call, the heap must be back where it was (give or take); without
    // one, only a generous bound on the resident set is meaningful.
    if (gc) expect(growth.heap).toBeLessThan(32);
    expect(growth.rss).toBeLessThan(gc ? 100 : 200);
  }, 120_000);
});
