import fc from 'fast-check';
import type { Response } from 'light-my-request';
import { DataSource } from 'typeorm';
import { GenContext } from '../support/hostile/arbitraries';
import { VALID_BODIES } from '../support/hostile/bodies';
import { requestArbitrary } from '../support/hostile/fuzz-requests';
import {
  ApiOperation,
  collectFields,
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
import { buildTenant, ownParamValue, Tenant, tenantIds } from '../support/hostile/world';
import { addUser, startTestApp, TestApp } from '../support/test-app';

/**
 * Operations that can end or change the caller's own session: signing out, a password change
 * (ends the user's other sessions), a change to one's own account (role, deactivation), a
 * password reset. Each is fuzzed as a fresh admin of organisation A made just for it and aimed
 * at that admin's own account, so it signs out nobody else and the order of operations does
 * not matter.
 */
const ENDS_OWN_SESSION = new Set([
  'POST /api/v1/auth/logout',
  'POST /api/v1/me/password',
  'PATCH /api/v1/users/{id}',
  'POST /api/v1/auth/password-reset/confirm',
]);

/**
 * Property-based fuzzing of every operation in the OpenAPI document the app serves (fetched
 * at test time, so new routes are fuzzed the day they appear): generated path parameters,
 * query strings, bodies (schema-shaped, mutated, arbitrary JSON, not-quite-JSON), content
 * types and credentials. Whatever is sent, the answer is below 500, every 4xx is an
 * application/problem+json with status, title and detail, nothing internal leaks, and
 * Object.prototype is untouched.
 *
 * Failures are collected (the first example of each distinct kind per operation) and reported
 * together with the seed. Reproduce with FUZZ_SEED=<seed> FUZZ_ONLY="<operation>": the
 * sequence of generated requests per operation depends only on the seed and the operation
 * (ids of the fixtures differ per run, their roles do not). FUZZ_RUNS=<n> changes the runs
 * per operation, FUZZ_VERBOSE=1 prints the status mix of every operation, FUZZ_TRACE=1 every
 * exchange.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_516);
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
/**
 * Operations whose bodies carry a password run fewer times: a well-formed body costs one
 * scrypt hash (~0.2 s, 128 MiB, by design), so full runs would take most of the time budget.
 */
const RUNS_WITH_PASSWORD = Math.max(5, Math.round(RUNS / 6));
const ONLY = process.env.FUZZ_ONLY;
/** FUZZ_TRACE=1 prints every exchange (use with FUZZ_ONLY). */
const TRACE = process.env.FUZZ_TRACE === '1';

/** A stable per-operation seed, so adding an operation does not change the others' inputs. */
function seedFor(name: string): number {
  let h = SEED | 0;
  for (const ch of name) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}

interface Failure {
  operation: string;
  seed: number;
  /** Which generated request (1-based) of the operation's sequence for this seed. */
  run: number;
  exchange: string;
}

describe('hostile input: OpenAPI-driven fuzzing', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let operations: ApiOperation[];
  let a: Tenant;
  let b: Tenant;
  let ctx: GenContext;

  beforeAll(async () => {
    t = await startTestApp();
    doc = await fetchOpenApi(t);
    operations = listOperations(doc);
    // Objects in two organisations: A's admin fuzzes, B's objects are the "foreign" ids.
    [a, b] = await Promise.all([
      buildTenant(t, { label: 'FuzzA' }),
      buildTenant(t, { label: 'FuzzB' }),
    ]);
    // No worker runs here, so the analyses would stay queued and their event streams
    // (GET /analyses/{id}/events) open for ten minutes: end them as failed runs instead.
    await t.app
      .get(DataSource)
      .query(
        `UPDATE team_analyses SET status = 'failed', error = 'no worker in the fuzz run' WHERE id = ANY($1::uuid[])`,
        [[a.analysisId, b.analysisId]],
      );
    ctx = {
      doc,
      realIds: [...tenantIds(a), ...tenantIds(b)],
      keyHints: a.keyHints,
      examples: examplesByOperation(operations, [
        ...a.examples,
        ...Object.entries(VALID_BODIES).map(([name, body]) => {
          const [method, path] = name.split(' ');
          return { method, path, body: body(a) };
        }),
      ]),
    };
  });
  afterAll(() => t?.close());

  /** Sends one request and returns what is wrong with the answer (or the crash). */
  async function exchange(req: SentRequest): Promise<{ res?: Response; violations: string[] }> {
    const polluted = Object.getOwnPropertyNames(Object.prototype).length;
    let res: Response;
    try {
      res = await t.app.inject(toInject(req));
    } catch (error) {
      return { violations: [`inject threw: ${String(error)}`] };
    }
    const violations = responseViolations(res, req.method);
    if (Object.getOwnPropertyNames(Object.prototype).length !== polluted) {
      violations.push(
        `Object.prototype was polluted: ${Object.getOwnPropertyNames(Object.prototype).join(',')}`,
      );
    }
    return { res, violations };
  }

  /** A new admin of organisation A, signed in: the caller of one session-ending operation. */
  async function freshAdmin(): Promise<{ org: Tenant['org']; userId: string }> {
    const org = await addUser(t, a.org, 'admin');
    const me = await t.request({ method: 'GET', url: '/api/v1/me', token: org.token });
    return { org, userId: me.json<{ id: string }>().id };
  }

  async function removeUser(id: string): Promise<void> {
    const res = await t.request({
      method: 'DELETE',
      url: `/api/v1/users/${id}`,
      token: a.org.token,
    });
    expect(res.statusCode).toBe(204);
  }

  it('answers every generated request to every documented operation safely', async () => {
    // /docs and /docs-json are not in the document (they serve it); everything else is.
    expect(operations.length).toBeGreaterThan(20);
    // DELETE and erasures last: removing the fixtures early would turn later runs into 404s.
    const destructive = (op: ApiOperation) =>
      op.method === 'DELETE' || op.path.endsWith('/erasure');
    const ordered = [...operations].sort((x, y) => Number(destructive(x)) - Number(destructive(y)));
    const failures: Failure[] = [];
    const statuses = new Map<string, Map<number, number>>();
    /** Operations that answered at least once as signed in (anything but 401). */
    const reached = new Set<string>();
    let total = 0;
    const started = Date.now();

    for (const op of ordered) {
      if (ONLY && !op.name.includes(ONLY)) continue;
      const hasPassword = collectFields(doc, op.body).some((f) => f.name === 'password');
      const numRuns = hasPassword ? RUNS_WITH_PASSWORD : RUNS;
      const seed = seedFor(op.name);
      const seen = new Map<number, number>();
      statuses.set(op.name, seen);
      // Every distinct kind of violation is kept (the first example of each), rather than
      // stopping at the first: one shallow bug must not hide deeper ones.
      const kinds = new Set<string>();
      let run = 0;
      const caller = ENDS_OWN_SESSION.has(op.name) ? await freshAdmin() : undefined;
      const self = caller ? { ...a, org: caller.org, userId: caller.userId } : a;
      await fc.assert(
        fc.asyncProperty(
          requestArbitrary(
            op,
            caller
              ? { ...ctx, realIds: ctx.realIds.map((id) => (id === a.userId ? self.userId : id)) }
              : ctx,
            {
              own: (o, p) => ownParamValue(self, o.path, p),
              foreign: (o, p) => ownParamValue(b, o.path, p),
            },
            { token: self.org.token, otherToken: b.org.token },
          ),
          async (req) => {
            run++;
            total++;
            const { res, violations } = await exchange(req);
            if (res) seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1);
            if (res && res.statusCode !== 401) reached.add(op.name);
            if (TRACE) process.stdout.write(`#${run} ${describeExchange(req, res, 300)}\n`);
            if (violations.length === 0) return;
            const kind = `${res?.statusCode}: ${violations.map((v) => v.replace(/"[^"]*"/g, '…')).join('; ')}`;
            if (kinds.has(kind) || kinds.size >= 5) return;
            kinds.add(kind);
            failures.push({
              operation: op.name,
              seed,
              run,
              exchange: `${violations.join('; ')}\n${describeExchange(req, res)}`,
            });
          },
        ),
        { seed, numRuns },
      );
      // Back to one admin: a second one would let a later DELETE /users/{id} remove A's own.
      if (caller) await removeUser(caller.userId);
    }

    if (process.env.FUZZ_VERBOSE) {
      const lines = [...statuses].map(
        ([name, seen]) =>
          `${name}: ${[...seen]
            .sort(([x], [y]) => x - y)
            .map(([s, n]) => `${s}×${n}`)
            .join(' ')}`,
      );
      process.stdout.write(
        `\nfuzzed ${total} requests over ${statuses.size} operations in ${Date.now() - started} ms\n${lines.join('\n')}\n`,
      );
    }
    if (failures.length > 0) {
      throw new Error(
        `${failures.length} of ${statuses.size} operations answered a generated request badly ` +
          `(FUZZ_SEED=${SEED}; ${total} requests):\n\n` +
          failures
            .map(
              (f) =>
                `■ ${f.operation} (run ${f.run}; FUZZ_SEED=${SEED} FUZZ_ONLY="${f.operation}")\n${f.exchange}`,
            )
            .join('\n\n'),
      );
    }
    if (!ONLY) expect(statuses.size).toBe(operations.length);
    // Every operation ran while its caller was still signed in: none was left to 401s only
    // because an earlier one ended the fuzzer's session.
    if (!ONLY) expect(operations.map((op) => op.name).filter((n) => !reached.has(n))).toEqual([]);
    // The generators must reach past validation: somewhere, generated requests succeed.
    const successes = [...statuses.values()].filter((seen) =>
      [...seen.keys()].some((s) => s < 300),
    ).length;
    if (!ONLY) expect(successes).toBeGreaterThan(operations.length / 2);
  }, 240_000);

  it('answers undeclared methods on every documented path with a problem', async () => {
    const failures: string[] = [];
    const byPath = new Map<string, Set<string>>();
    for (const op of operations) {
      byPath.set(op.path, (byPath.get(op.path) ?? new Set()).add(op.method));
    }
    for (const [path, declared] of byPath) {
      const values = Object.fromEntries(
        [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => [
          name,
          ownParamValue(a, path, name) ?? '00000000-0000-4000-8000-000000000000',
        ]),
      );
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE']) {
        if (declared.has(method)) continue;
        const req: SentRequest = {
          method,
          url: fillPath(path, values),
          headers: { authorization: `Bearer ${a.org.token}`, 'content-type': 'application/json' },
          payload:
            method === 'GET' || method === 'OPTIONS' || method === 'TRACE' ? undefined : '{}',
        };
        const { res, violations } = await exchange(req);
        if (res && res.statusCode < 400) violations.push('an undeclared method was accepted');
        if (violations.length)
          failures.push(`${violations.join('; ')}\n${describeExchange(req, res)}`);
      }
    }
    expectNoFailures(failures);
  });
});

/** Bodies that were accepted while building the fixtures, by the operation they went to. */
function examplesByOperation(
  operations: ApiOperation[],
  examples: { method: string; path: string; body: unknown }[],
): Map<string, unknown[]> {
  const byOperation = new Map<string, unknown[]>();
  for (const op of operations) {
    const pattern = new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '[^/]+').replace(/\./g, '\\.')}$`);
    const bodies = examples
      .filter((e) => e.method === op.method && pattern.test(e.path))
      .map((e) => e.body);
    if (bodies.length > 0) byOperation.set(op.name, bodies);
  }
  return byOperation;
}
