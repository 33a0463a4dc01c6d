import type { Response } from 'light-my-request';
import { VALID_BODIES } from '../support/hostile/bodies';
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
import {
  answersFor,
  buildTenant,
  expectStatus,
  ownParamValue,
  Tenant,
  tenantIds,
} from '../support/hostile/world';
import { waitFor } from '@rolefit/testkit';
import { PASSWORD, startTestApp, TestApp, uniqueEmail } from '../support/test-app';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';

/**
 * The tenancy sweep. Every route of the OpenAPI document (fetched at test time) that takes
 * an id in its path is called by organisation B's admin with organisation A's ids: the answer
 * must be the 404 problem of an id that does not exist at all, and afterwards every GET of
 * A's objects must answer exactly as before. Ids inside bodies (a team member's assessment,
 * a requirement's job role, a team's manager...) are swept the same way. Candidate links are
 * swept candidate against candidate. A route with an id that has no fixture here fails the
 * test, so a new route cannot slip past the sweep.
 */

/** A's object that an id-carrying body field names (for B to try). */
const FOREIGN_FIELDS: Record<string, (x: Tenant) => string> = {
  questionnaireId: (x) => x.questionnaireId,
  jobRoleId: (x) => x.roleId,
  currentJobRoleId: (x) => x.roleId,
  assessmentId: (x) => x.submitted.id,
  managerId: (x) => x.userId,
};

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/** Public by design: anyone with the slug may read a published preview, react and apply. */
const isPublic = (op: ApiOperation) => op.path.includes('/public/');
/** The candidate's link: the token is the credential; swept candidate against candidate. */
const isCandidate = (op: ApiOperation) => op.path.includes('/candidate/');

describe('hostile input: tenancy sweep', () => {
  let t: TestApp;
  let worker: WorkerProcess;
  let doc: OpenApiDocument;
  let operations: ApiOperation[];
  let a: Tenant;
  let b: Tenant;
  let before: Map<string, string>;
  /** Access token of a manager in A who does not manage A's team. */
  let outsideManager: string;

  const send = async (req: SentRequest): Promise<Response> => t.app.inject(toInject(req));
  const bearer = (x: Tenant) => ({ authorization: `Bearer ${x.org.token}` });

  /** What A can read of its own objects: every GET of the document that is A's business. */
  async function snapshotOf(x: Tenant): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const op of operations) {
      if (op.method !== 'GET' || isPublic(op) || op.path.includes('/health/')) continue;
      // A's own reads while taking the snapshot are audited, so the log grows by design;
      // that B's sweep added nothing to it is checked separately.
      if (op.path.endsWith('/audit-events')) continue;
      const values = Object.fromEntries(
        op.pathParams.map((p) => [p.name, ownParamValue(x, op.path, p.name) ?? NO_SUCH_ID]),
      );
      const url = fillPath(op.path, values);
      const res = await send({ method: 'GET', url, headers: bearer(x) });
      out.set(op.name, `${res.statusCode} ${res.body}`);
    }
    return out;
  }

  /** Everything of A's that must never appear in an answer to B. */
  const secretsOf = (x: Tenant) => [
    ...tenantIds(x),
    x.slug,
    x.assessment.token,
    x.submitted.token,
    x.dimensionKey,
    x.org.email,
    'Hostile TenA',
  ];

  function leaksOf(x: Tenant, res: Response): string[] {
    let text = res.body;
    try {
      // `instance` is the path B asked for (and so holds A's id B already knew).
      const rest = JSON.parse(res.body) as Record<string, unknown>;
      delete rest.instance;
      text = JSON.stringify(rest);
    } catch {
      // not JSON: check it whole
    }
    return secretsOf(x).filter((secret) => text.includes(secret));
  }

  beforeAll(async () => {
    t = await startTestApp();
    // Analyses and reliability runs complete in the worker, so A's role map exists to be
    // protected (a 404 for an object nobody can see proves nothing).
    worker = await startWorkerProcess();
    doc = await fetchOpenApi(t);
    operations = listOperations(doc);
    const awaitAnalysis = async (id: string, token: string) => {
      await waitFor(async () => {
        const res = await t.request({ method: 'GET', url: `/api/v1/analyses/${id}`, token });
        return res.json<{ status: string }>().status === 'completed' ? true : undefined;
      });
    };
    [a, b] = await Promise.all([
      buildTenant(t, { label: 'TenA', awaitAnalysis }),
      buildTenant(t, { label: 'TenB', awaitAnalysis }),
    ]);
    // A reliability run of A's questionnaire, completed, so there is one to protect.
    const run = await t.request({
      method: 'POST',
      url: `/api/v1/questionnaires/${a.draftQuestionnaireId}/reliability`,
      token: a.org.token,
    });
    expectStatus(run, 202, 'reliability run');
    await waitFor(async () => {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/questionnaires/${a.draftQuestionnaireId}/reliability`,
        token: a.org.token,
      });
      return res.json<{ status: string }>().status === 'completed' ? true : undefined;
    });
    // A manager of A's organisation who does not manage A's team (an admin made it).
    const email = uniqueEmail('sweep-manager');
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: a.org.token,
      payload: { name: 'Other manager', email, password: PASSWORD, role: 'manager' },
    });
    expectStatus(created, 201, 'manager of A');
    const login = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: PASSWORD },
    });
    outsideManager = expectStatus(login, 200, 'manager login').json<{ accessToken: string }>()
      .accessToken;
    before = await snapshotOf(a);
  });
  afterAll(async () => {
    await worker?.stop();
    await t?.close();
  });

  it('has a fixture for every id in every path and body of the document', () => {
    const missing: string[] = [];
    for (const op of operations) {
      for (const p of op.pathParams) {
        if (!ownParamValue(a, op.path, p.name)) missing.push(`${op.name}: path {${p.name}}`);
      }
      const needsBody =
        op.body &&
        !isPublic(op) &&
        !isCandidate(op) &&
        (op.pathParams.length > 0 || idFields(op).length > 0);
      if (needsBody && !VALID_BODIES[op.name]) missing.push(`${op.name}: a valid body`);
      for (const field of idFields(op)) {
        if (!isPublic(op) && !FOREIGN_FIELDS[field])
          missing.push(`${op.name}: body field ${field}`);
      }
    }
    expect(missing).toEqual([]);
  });

  function idFields(op: ApiOperation): string[] {
    const fields = collectFields(doc, op.body).filter(
      (f) => f.schema.format === 'uuid' || /Id$/.test(f.name),
    );
    return [...new Set(fields.map((f) => f.name))];
  }

  it("answers organisation B with 404 for every id of organisation A's, exactly as for no object", async () => {
    const failures: string[] = [];
    const swept: string[] = [];
    for (const op of operations) {
      if (op.pathParams.length === 0 || isPublic(op) || isCandidate(op)) continue;
      const valuesA = Object.fromEntries(
        op.pathParams.map((p) => [p.name, ownParamValue(a, op.path, p.name) ?? NO_SUCH_ID]),
      );
      // Ids (`id`, and nested ones such as `memberId`) of nothing are well-formed but unknown.
      const nothing = Object.fromEntries(
        op.pathParams.map((p) => [
          p.name,
          p.name === 'id' || p.name.endsWith('Id') ? NO_SUCH_ID : 'no-such-thing',
        ]),
      );
      // A valid body (B's own ids in it): a 404 can then only mean "not yours", as an invalid
      // body would be refused with 400 first.
      const fixture = VALID_BODIES[op.name];
      const payload = fixture ? JSON.stringify(fixture(b)) : undefined;
      const headers = {
        ...bearer(b),
        ...(payload !== undefined && { 'content-type': 'application/json' }),
      };
      const req: SentRequest = {
        method: op.method,
        url: fillPath(op.path, valuesA),
        headers,
        payload,
      };
      const res = await send(req);
      const problems = responseViolations(res, op.method);
      if (res.statusCode !== 404) problems.push(`expected 404, got ${res.statusCode}`);
      const leaked = leaksOf(a, res);
      if (leaked.length) problems.push(`leaks A's ${leaked.join(', ')}`);
      const missing = await send({ ...req, url: fillPath(op.path, nothing) });
      if (res.statusCode === 404 && missing.statusCode === 404) {
        const detail = (r: Response) => r.json<{ detail: string }>().detail;
        if (detail(res) !== detail(missing)) {
          problems.push(
            `404 differs from a missing object's: "${detail(res)}" vs "${detail(missing)}"`,
          );
        }
      }
      if (problems.length) failures.push(`${problems.join('; ')}\n${describeExchange(req, res)}`);
      swept.push(op.name);
    }
    expectNoFailures(failures);
    expect(swept.length).toBeGreaterThan(15);
  });

  it("refuses ids of organisation A's objects inside organisation B's bodies", async () => {
    const failures: string[] = [];
    for (const op of operations) {
      if (!op.body || isPublic(op) || isCandidate(op)) continue;
      const fixture = VALID_BODIES[op.name];
      for (const field of idFields(op)) {
        if (!fixture) continue; // reported by the fixture test
        const body = replaceField(fixture(b), field, FOREIGN_FIELDS[field](a));
        const values = Object.fromEntries(
          op.pathParams.map((p) => [p.name, ownParamValue(b, op.path, p.name) ?? NO_SUCH_ID]),
        );
        const req: SentRequest = {
          method: op.method,
          url: fillPath(op.path, values),
          headers: { ...bearer(b), 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        };
        const res = await send(req);
        const problems = responseViolations(res, op.method);
        if (![404, 422].includes(res.statusCode)) {
          problems.push(`expected 404 or 422 for A's ${field}, got ${res.statusCode}`);
        }
        const leaked = leaksOf(a, res);
        if (leaked.length) problems.push(`leaks A's ${leaked.join(', ')}`);
        if (problems.length) failures.push(`${problems.join('; ')}\n${describeExchange(req, res)}`);
      }
    }
    expectNoFailures(failures);
  });

  it("answers a manager of A who does not manage A's team with the 404 of nothing, on every team and analysis route", async () => {
    const failures: string[] = [];
    const swept: string[] = [];
    const teamRoute = (op: ApiOperation) => /^\/api\/v1\/(teams|analyses)\/\{/.test(op.path);
    for (const op of operations.filter(teamRoute)) {
      const values = Object.fromEntries(
        op.pathParams.map((p) => [p.name, ownParamValue(a, op.path, p.name) ?? NO_SUCH_ID]),
      );
      const nothing = Object.fromEntries(op.pathParams.map((p) => [p.name, NO_SUCH_ID]));
      // A's own valid body, so that a 404 can only mean "not your team".
      const fixture = VALID_BODIES[op.name];
      const payload = fixture ? JSON.stringify(fixture(a)) : undefined;
      const headers = {
        authorization: `Bearer ${outsideManager}`,
        ...(payload !== undefined && { 'content-type': 'application/json' }),
      };
      const req: SentRequest = {
        method: op.method,
        url: fillPath(op.path, values),
        headers,
        payload,
      };
      const res = await send(req);
      const problems = responseViolations(res, op.method);
      if (res.statusCode !== 404) problems.push(`expected 404, got ${res.statusCode}`);
      if (res.body.includes('Team TenA')) problems.push("shows A's team name");
      const missing = await send({ ...req, url: fillPath(op.path, nothing) });
      if (res.statusCode === 404 && missing.statusCode === 404) {
        const detail = (r: Response) => r.json<{ detail: string }>().detail;
        if (detail(res) !== detail(missing)) {
          problems.push(
            `404 differs from a missing one's: "${detail(res)}" vs "${detail(missing)}"`,
          );
        }
      }
      if (problems.length) failures.push(`${problems.join('; ')}\n${describeExchange(req, res)}`);
      swept.push(op.name);
    }
    expectNoFailures(failures);
    expect(swept.length).toBeGreaterThanOrEqual(12);
    // Nor does the team appear in the manager's list.
    const list = await send({
      method: 'GET',
      url: '/api/v1/teams?pageSize=100',
      headers: { authorization: `Bearer ${outsideManager}` },
    });
    expect(list.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('accepts the same requests from B on its own objects (so the 404s above mean "not yours")', async () => {
    const failures: string[] = [];
    // DELETE last: B's own role must exist for the other requests.
    const ordered = operations
      .filter(
        (op) =>
          (op.pathParams.length > 0 || idFields(op).length > 0) &&
          !isPublic(op) &&
          !isCandidate(op),
      )
      .sort((x, y) => Number(x.method === 'DELETE') - Number(y.method === 'DELETE'));
    for (const op of ordered) {
      const values = Object.fromEntries(
        op.pathParams.map((p) => [p.name, ownParamValue(b, op.path, p.name) ?? NO_SUCH_ID]),
      );
      const fixture = VALID_BODIES[op.name];
      const payload = fixture ? JSON.stringify(fixture(b)) : undefined;
      const req: SentRequest = {
        method: op.method,
        url: fillPath(op.path, values),
        headers: {
          ...bearer(b),
          ...(payload !== undefined && { 'content-type': 'application/json' }),
        },
        payload,
      };
      const res = await send(req);
      const problems = responseViolations(res, op.method);
      // 409 is a state conflict (publishing what is published): the object was found.
      if (res.statusCode >= 400 && res.statusCode !== 409) {
        problems.push(`B's own object answered ${res.statusCode}`);
      }
      const leaked = leaksOf(a, res);
      if (leaked.length) problems.push(`leaks A's ${leaked.join(', ')}`);
      if (problems.length) failures.push(`${problems.join('; ')}\n${describeExchange(req, res)}`);
    }
    expectNoFailures(failures);
  });

  it("never shows organisation A's objects in organisation B's lists", async () => {
    const failures: string[] = [];
    for (const op of operations) {
      if (op.method !== 'GET' || op.pathParams.length > 0 || !op.secured) continue;
      const req: SentRequest = {
        method: 'GET',
        url: `${op.path}?pageSize=100`,
        headers: bearer(b),
      };
      let res = await send(req);
      if (res.statusCode === 400) res = await send({ ...req, url: op.path });
      const leaked = leaksOf(a, res);
      if (res.statusCode !== 200) failures.push(`${op.name}: ${res.statusCode}`);
      if (leaked.length) failures.push(`${op.name} leaks A's ${leaked.join(', ')}`);
    }
    expectNoFailures(failures);
  });

  describe('candidate links', () => {
    let neighbour: { id: string; token: string };
    let aBefore: string;
    const candidateOps = () => operations.filter(isCandidate);
    const read = async (token: string) =>
      send({
        method: 'GET',
        url: `/api/v1/candidate/assessments/${token}`,
        remoteAddress: '10.9.0.1',
      });

    beforeAll(async () => {
      // Another candidate for the same role of the same organisation: the closest neighbour.
      const invite = await t.request({
        method: 'POST',
        url: `/api/v1/job-roles/${a.roleId}/assessments`,
        token: a.org.token,
        payload: { candidate: { name: 'Neighbour', email: uniqueEmail('neighbour') } },
      });
      neighbour = expectStatus(invite, 201, 'invite neighbour').json();
      aBefore = (await read(a.assessment.token)).body;
    });

    it("lets one candidate's token reach only that candidate's assessment", async () => {
      const all = candidateOps();
      expect(all.map((op) => op.name).sort()).toEqual([
        'DELETE /api/v1/candidate/assessments/{token}',
        'GET /api/v1/candidate/assessments/{token}',
        'GET /api/v1/candidate/assessments/{token}/export',
        'GET /api/v1/candidate/assessments/{token}/profile',
        'POST /api/v1/candidate/assessments/{token}/submit',
        'PUT /api/v1/candidate/assessments/{token}/answers',
      ]);
      // Withdrawal last (below): it ends the neighbour's link.
      const ops = all.filter((op) => op.method !== 'DELETE');
      const view = (await read(neighbour.token)).json<{
        status: string;
        answers: Record<string, unknown>;
        items: { key: string; type: string; options?: { key: string }[] }[];
        scale: { min: number; max: number };
      }>();
      // The neighbour sees their own, empty assessment, not A's saved answers.
      expect(view.status).toBe('invited');
      expect(view.answers).toEqual({});
      const aView = JSON.parse(aBefore) as { answers: Record<string, unknown> };
      expect(Object.keys(aView.answers).length).toBeGreaterThan(0);

      const answers = answersFor(view, 4);
      const [firstKey] = Object.keys(aView.answers);
      const failures: string[] = [];
      for (const op of ops) {
        const req: SentRequest = {
          method: op.method,
          url: fillPath(op.path, { token: neighbour.token }),
          remoteAddress: '10.9.0.2',
          ...(op.method === 'PUT' && {
            headers: { 'content-type': 'application/json' },
            // With the neighbour's token, answers the very item A answered.
            payload: JSON.stringify({ answers: { [firstKey]: answers[firstKey] } }),
          }),
        };
        const res = await send(req);
        const problems = responseViolations(res, op.method);
        // Submit: the neighbour has unanswered items (422); the profile waits for a submit
        // (409); reading, exporting and saving succeed.
        const expected = op.method === 'POST' ? 422 : op.path.endsWith('/profile') ? 409 : 200;
        if (res.statusCode !== expected)
          problems.push(`expected ${expected}, got ${res.statusCode}`);
        const leaked = [a.assessment.id, a.assessment.token].filter((s) => res.body.includes(s));
        if (leaked.length) problems.push(`shows A's ${leaked.join(', ')}`);
        if (problems.length) failures.push(`${problems.join('; ')}\n${describeExchange(req, res)}`);
      }
      expectNoFailures(failures);
      const neighbourAfter = (await read(neighbour.token)).json<{ answers: object }>();
      expect(neighbourAfter.answers).toEqual({ [firstKey]: answers[firstKey] });
      expect((await read(a.assessment.token)).body).toBe(aBefore);

      // The neighbour withdraws with their own link: only their assessment is erased.
      const withdrawn = await send({
        method: 'DELETE',
        url: `/api/v1/candidate/assessments/${neighbour.token}`,
        remoteAddress: '10.9.0.2',
      });
      expect(withdrawn.statusCode).toBe(200);
      expect(withdrawn.body).not.toContain(a.assessment.id);
      expect((await read(neighbour.token)).statusCode).toBe(404);
      expect((await read(a.assessment.token)).body).toBe(aBefore);
    });

    it('answers a tampered token with the 404 of an unknown one, for every candidate route', async () => {
      const token = a.assessment.token;
      const flip = (c: string) => (c === 'A' ? 'B' : 'A');
      const variants = [
        token.slice(0, -1) + flip(token.slice(-1)),
        flip(token[0]) + token.slice(1),
        token.slice(0, -1),
        `${token}A`,
        token.toUpperCase(),
        token.toLowerCase(),
        token.replace(/-/g, '+').replace(/_/g, '/'),
        `${token}=`,
        ` ${token}`,
        neighbour.id,
        a.assessment.id,
        Buffer.from(token, 'base64url').toString('hex'),
      ].filter((v) => v !== token);
      const failures: string[] = [];
      let address = 0;
      for (const op of candidateOps()) {
        for (const variant of variants) {
          const req: SentRequest = {
            method: op.method,
            url: fillPath(op.path, { token: variant }),
            // Fresh addresses: failed lookups are rate limited per address (and 429 is fine
            // too, but it would hide whether the lookup itself answers 404).
            remoteAddress: `10.9.1.${++address}`,
            ...(op.method === 'PUT' && {
              headers: { 'content-type': 'application/json' },
              payload: JSON.stringify({ answers: {} }),
            }),
          };
          const res = await send(req);
          const problems = responseViolations(res, op.method);
          if (res.statusCode !== 404) problems.push(`expected 404, got ${res.statusCode}`);
          else if (res.json<{ detail: string }>().detail !== 'Assessment not found') {
            problems.push('a different 404 from an unknown token');
          }
          if (problems.length)
            failures.push(`${problems.join('; ')}\n${describeExchange(req, res)}`);
        }
      }
      expectNoFailures(failures);
      expect((await read(a.assessment.token)).body).toBe(aBefore);
    });
  });

  it("leaves every object of organisation A's exactly as it was", async () => {
    const after = await snapshotOf(a);
    // The role's funnel counts A's own candidates, and this file invites one more of A's own
    // (the neighbour, who then saves an answer): exactly that, and nothing B did, may show.
    const funnel = 'GET /api/v1/job-roles/{id}/funnel';
    const funnelBefore = JSON.parse(before.get(funnel)?.slice(4) ?? '{}') as Record<string, number>;
    expect(after.get(funnel)?.slice(0, 3)).toBe('200');
    expect(JSON.parse(after.get(funnel)?.slice(4) ?? '{}')).toEqual({
      ...funnelBefore,
      invited: (funnelBefore.invited ?? 0) + 1,
      started: (funnelBefore.started ?? 0) + 1,
    });
    after.set(funnel, before.get(funnel) ?? '');
    const changed = [...before].filter(([name, body]) => after.get(name) !== body);
    expect(
      changed.map(([name, body]) => `${name}\nbefore: ${body}\nafter:  ${after.get(name)}`),
    ).toEqual([]);
    // And A's objects are really there to protect.
    const notFound = [...after].filter(([, body]) => !body.startsWith('2'));
    expect(notFound.map(([name, body]) => `${name}: ${body.slice(0, 200)}`)).toEqual([]);
    // Nothing B did shows up in A's audit log: every staff event there is A's own admin's.
    const log = await send({
      method: 'GET',
      url: '/api/v1/audit-events?pageSize=100',
      headers: bearer(a),
    });
    const actors = new Set(
      log
        .json<{ items: { actorType: string; actorUserId: string | null }[] }>()
        .items.filter((e) => e.actorType === 'user')
        .map((e) => e.actorUserId),
    );
    expect([...actors]).toEqual([a.userId]);
  });
});

/** A deep copy of `value` with every property called `field` set to `replacement`. */
function replaceField(value: unknown, field: string, replacement: string): unknown {
  let found = false;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v).map(([k, child]) => {
        if (k === field) {
          found = true;
          return [k, replacement];
        }
        return [k, walk(child)];
      }),
    );
  };
  const out = walk(value);
  if (!found) throw new Error(`the body fixture has no field ${field} to aim at A`);
  return out;
}
