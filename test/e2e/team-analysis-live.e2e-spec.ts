import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { gunzipSync } from 'node:zlib';
import { jobRolePayload } from '@rolefit/testkit';
import { addUser, expectProblem, Org, signupOrg, startTestApp, TestApp } from '../support/test-app';
import { sleep, waitFor } from '@rolefit/testkit';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';

/** One server-sent event as parsed from the stream. */
interface SseEvent {
  event: string;
  data: { id: string; status: string; progress: number; error?: string; completedAt?: string };
}

/** Parses a complete text/event-stream body (comments and `retry:` lines skipped). */
function parseSse(body: string): SseEvent[] {
  return body
    .split('\n\n')
    .filter((block) => block.includes('data: '))
    .map((block) => {
      const lines = block.split('\n');
      const event = lines.find((l) => l.startsWith('event: '))!.slice('event: '.length);
      const data = lines.find((l) => l.startsWith('data: '))!.slice('data: '.length);
      return { event, data: JSON.parse(data) as SseEvent['data'] };
    });
}

const PROFILE = (dimension: string, target: number) => [
  { dimension, target, weight: 1, direction: 'atLeast' },
];

describe('team analyses: events, history, paging, limits', () => {
  let t: TestApp;
  let worker: WorkerProcess | undefined;
  let admin: Org;
  let manager: Org;
  let booker: string;
  let closer: string;
  let inside: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signupOrg(t, 'Live Org');
    manager = await addUser(t, admin, 'manager');
    const role = async (title: string, profile: object[]) => {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/job-roles',
        token: admin.token,
        payload: jobRolePayload({ title, profile }),
      });
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    };
    booker = await role('Booker', PROFILE('prospecting', 80));
    closer = await role('Closer', PROFILE('negotiation-closing', 80));
    inside = await role('Inside sales', PROFILE('prospecting', 60));
  });
  afterAll(async () => {
    await worker?.stop();
    await t.close();
  });

  async function team(name: string, members: object[], slots = { booker: 2, closer: 1 }) {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      token: manager.token,
      payload: { name },
    });
    const teamId = created.json().id as string;
    for (let i = 0; i < members.length; i += 4000) {
      const added = await t.request({
        method: 'POST',
        url: `/api/v1/teams/${teamId}/members`,
        token: manager.token,
        payload: { members: members.slice(i, i + 4000) },
      });
      expect(added.statusCode).toBe(201);
    }
    const reqs = await t.request({
      method: 'PUT',
      url: `/api/v1/teams/${teamId}/requirements`,
      token: manager.token,
      payload: [
        { jobRoleId: booker, slots: slots.booker },
        { jobRoleId: closer, slots: slots.closer },
      ],
    });
    expect(reqs.statusCode).toBe(200);
    return teamId;
  }

  const analyse = async (teamId: string, force = false) => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/teams/${teamId}/analyses${force ? '?force=true' : ''}`,
      token: manager.token,
    });
    expect(res.statusCode).toBe(202);
    return res.json().id as string;
  };

  const completed = (id: string) =>
    waitFor<{ status: string; result: Record<string, unknown> }>(async () => {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/analyses/${id}`,
        token: manager.token,
      });
      return res.json().status === 'completed' ? res.json() : undefined;
    }, 60_000);

  // Fits: prospecting ≥ 80 for booker, negotiation-closing ≥ 80 for closer (100 − shortfall).
  //   Ane  p 90 c 50 → booker 100, closer 70;   now closer (70)
  //   Bo   p 70 c 85 → booker  90, closer 100;  now booker (90)
  //   Cato p 75 c 78 → booker  95, closer 98;   now inside sales (p 75 ≥ 60 → 100)
  const SMALL = [
    { name: 'Ane', profile: { prospecting: 90, 'negotiation-closing': 50 } },
    { name: 'Bo', profile: { prospecting: 70, 'negotiation-closing': 85 } },
    { name: 'Cato', profile: { prospecting: 75, 'negotiation-closing': 78 } },
  ];
  const withRoles = () =>
    SMALL.map((m, i) => ({ ...m, currentJobRoleId: [closer, booker, inside][i] }));

  it('streams progress, then completed, for an analysis the built worker computes', async () => {
    const teamId = await team('Streamed', withRoles());
    const id = await analyse(teamId);
    // The worker is not running yet: the stream must start from "queued".
    const streamed = t.request({
      method: 'GET',
      url: `/api/v1/analyses/${id}/events`,
      token: manager.token,
    });
    await sleep(300);
    worker = await startWorkerProcess();
    const res = await streamed;
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(res.headers['cache-control']).toBe('no-cache, no-transform');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const events = parseSse(res.body);
    expect(events[0]).toEqual({ event: 'progress', data: { id, status: 'queued', progress: 0 } });
    expect(events.at(-2)).toEqual({
      event: 'progress',
      data: { id, status: 'completed', progress: 100 },
    });
    expect(events.at(-1)?.event).toBe('completed');
    expect(events.at(-1)?.data).toMatchObject({ id, status: 'completed', progress: 100 });
    expect(Date.parse(events.at(-1)!.data.completedAt!)).not.toBeNaN();
    const progress = events.map((e) => e.data.progress);
    progress.slice(1).forEach((p, k) => expect(p).toBeGreaterThanOrEqual(progress[k]));

    // A finished analysis: its final state at once, and the stream ends.
    const again = parseSse(
      (
        await t.request({
          method: 'GET',
          url: `/api/v1/analyses/${id}/events`,
          token: manager.token,
        })
      ).body,
    );
    expect(again.map((e) => e.event)).toEqual(['progress', 'completed']);

    // Mean fit now and optimal, by hand: now Ane 70, Bo 90, Cato 100 → 260 / 3 = 86.67;
    // optimal: Ane booker 100 + Bo closer 100 + Cato booker 95 = 295 / 3 = 98.33.
    const done = await completed(id);
    expect(done.result).toMatchObject({
      totalFitCurrent: 260,
      meanFitCurrent: 86.67,
      totalFitOptimal: 295,
      meanFitOptimal: 98.33,
    });
  });

  it('streams a thread-sized analysis with rising progress', async () => {
    worker ??= await startWorkerProcess();
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 100;
    // 12,000 members × (2 required + 1 other) = 36,000 cells: solved in a worker thread.
    const members = Array.from({ length: 12_000 }, (_, i) => ({
      name: `Member ${i}`,
      currentJobRoleId: inside,
      profile: { prospecting: rand(), 'negotiation-closing': rand() },
    }));
    const limited = await startTestApp({ TEAM_MAX_MEMBERS: '20000' });
    try {
      const created = await limited.request({
        method: 'POST',
        url: '/api/v1/teams',
        token: manager.token,
        payload: { name: 'Big streamed' },
      });
      const teamId = created.json().id as string;
      for (let i = 0; i < members.length; i += 4000) {
        const added = await limited.request({
          method: 'POST',
          url: `/api/v1/teams/${teamId}/members`,
          token: manager.token,
          payload: { members: members.slice(i, i + 4000) },
        });
        expect(added.statusCode).toBe(201);
      }
      await limited.request({
        method: 'PUT',
        url: `/api/v1/teams/${teamId}/requirements`,
        token: manager.token,
        payload: [
          { jobRoleId: booker, slots: 6000 },
          { jobRoleId: closer, slots: 6000 },
        ],
      });
      const accepted = await limited.request({
        method: 'POST',
        url: `/api/v1/teams/${teamId}/analyses`,
        token: manager.token,
      });
      const id = accepted.json().id as string;
      const res = await limited.request({
        method: 'GET',
        url: `/api/v1/analyses/${id}/events`,
        token: manager.token,
      });
      const events = parseSse(res.body);
      expect(events.at(-1)?.event).toBe('completed');
      const progress = events.map((e) => e.data.progress);
      progress.slice(1).forEach((p, k) => expect(p).toBeGreaterThanOrEqual(progress[k]));
      expect(progress.at(-1)).toBe(100);

      // Paging: 12,000 members in pages of 1,000; the page holds only its members.
      const page = await limited.request({
        method: 'GET',
        url: `/api/v1/teams/${teamId}/role-map?page=12&pageSize=1000`,
        token: manager.token,
      });
      expect(page.statusCode).toBe(200);
      const body = page.json();
      expect(body).toMatchObject({
        analysisId: id,
        page: 12,
        pageSize: 1000,
        totalMembers: 12_000,
      });
      expect(body.members).toHaveLength(1000);
      const pageOf = async (n: number): Promise<{ members: { id: string }[] }> =>
        (
          await limited.request({
            method: 'GET',
            url: `/api/v1/teams/${teamId}/role-map?page=${n}&pageSize=1000`,
            token: manager.token,
          })
        ).json();
      const eleventh = new Set((await pageOf(11)).members.map((m: { id: string }) => m.id));
      expect(eleventh.size).toBe(1000);
      expect(body.members.some((m: { id: string }) => eleventh.has(m.id))).toBe(false);
      expect((await pageOf(13)).members).toEqual([]);
      expect(body.fitMatrix).toHaveLength(1000);
      const onPage = new Set(body.members.map((m: { id: string }) => m.id));
      expect(body.assignment.length).toBeGreaterThan(0);
      expect(body.assignment.every((a: { memberId: string }) => onPage.has(a.memberId))).toBe(true);
      // Far smaller than the whole map would be.
      expect(page.body.length).toBeLessThan(1_000_000);
      const tooBig = await limited.request({
        method: 'GET',
        url: `/api/v1/teams/${teamId}/role-map?pageSize=1001`,
        token: manager.token,
      });
      expectProblem(tooBig, 400);
    } finally {
      await limited.close();
    }
  });

  it('lists a team’s analyses newest first, paginated, with mean fits', async () => {
    worker ??= await startWorkerProcess();
    const teamId = await team('History', withRoles());
    const first = await analyse(teamId);
    await completed(first);
    const second = await analyse(teamId, true);
    await completed(second);
    // Same snapshot asked again: the existing (latest) analysis, not a third.
    expect(await analyse(teamId)).toBe(second);

    const page1 = await t.request({
      method: 'GET',
      url: `/api/v1/teams/${teamId}/analyses?pageSize=1`,
      token: manager.token,
    });
    expect(page1.statusCode).toBe(200);
    expect(page1.json()).toMatchObject({ page: 1, pageSize: 1, total: 2 });
    expect(page1.json().items).toEqual([
      expect.objectContaining({
        id: second,
        teamId,
        status: 'completed',
        progress: 100,
        meanFitCurrent: 86.67,
        meanFitOptimal: 98.33,
        totalFitCurrent: 260,
        totalFitOptimal: 295,
        memberCount: 3,
      }),
    ]);
    const page2 = await t.request({
      method: 'GET',
      url: `/api/v1/teams/${teamId}/analyses?page=2&pageSize=1`,
      token: manager.token,
    });
    expect(page2.json().items.map((a: { id: string }) => a.id)).toEqual([first]);
    const all = (
      await t.request({
        method: 'GET',
        url: `/api/v1/teams/${teamId}/analyses`,
        token: manager.token,
      })
    ).json();
    expect(all.items.map((a: { id: string }) => a.id)).toEqual([second, first]);
    const created = all.items.map((a: { createdAt: string }) => Date.parse(a.createdAt));
    expect(created[0]).toBeGreaterThanOrEqual(created[1]);
  });

  it('pages the role map, with an ETag', async () => {
    worker ??= await startWorkerProcess();
    const teamId = await team('Paged', withRoles());
    const id = await analyse(teamId);
    await completed(id);
    const url = `/api/v1/teams/${teamId}/role-map`;
    const whole = await t.request({ method: 'GET', url, token: manager.token });
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['content-type']).toMatch(/^application\/json/);
    expect(whole.json()).toMatchObject({ analysisId: id, page: 1, pageSize: 500, totalMembers: 3 });
    const names = whole.json().members.map((m: { name: string }) => m.name);
    expect([...names].sort()).toEqual(['Ane', 'Bo', 'Cato']);
    expect(whole.json().members.find((m: { name: string }) => m.name === 'Cato')).toMatchObject({
      currentJobRoleId: inside,
      currentFit: 100,
    });

    const etag = whole.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const notModified = await t.request({
      method: 'GET',
      url,
      token: manager.token,
      headers: { 'if-none-match': etag },
    });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');

    // A browser asks for gzip and gets the same JSON, compressed, under the same ETag.
    const zipped = await t.request({
      method: 'GET',
      url,
      token: manager.token,
      headers: { 'accept-encoding': 'br, gzip;q=0.8' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(zipped.headers.etag).toBe(etag);
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(whole.body);
    expect(whole.headers['content-encoding']).toBeUndefined();
    const refused = await t.request({
      method: 'GET',
      url,
      token: manager.token,
      headers: { 'accept-encoding': 'gzip;q=0' },
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body).toBe(whole.body);

    const second = await t.request({
      method: 'GET',
      url: `${url}?page=2&pageSize=2`,
      token: manager.token,
    });
    const page = second.json();
    expect(page).toMatchObject({ page: 2, pageSize: 2, totalMembers: 3 });
    expect(page.members.map((m: { name: string }) => m.name)).toEqual([names[2]]);
    expect(page.fitMatrix).toEqual([whole.json().fitMatrix[2]]);
    expect(page.totalFitOptimal).toBe(whole.json().totalFitOptimal);
    expect(second.headers.etag).not.toBe(etag);

    // A new analysis of the team changes the map, and the ETag with it.
    const next = await analyse(teamId, true);
    await completed(next);
    const after = await t.request({ method: 'GET', url, token: manager.token });
    expect(after.json().analysisId).toBe(next);
    expect(after.headers.etag).not.toBe(etag);
  });

  it('marks each member’s current role in the SVG', async () => {
    worker ??= await startWorkerProcess();
    const teamId = await team('Drawn', withRoles());
    await completed(await analyse(teamId));
    const svg = await t.request({
      method: 'GET',
      url: `/api/v1/teams/${teamId}/role-map.svg`,
      token: manager.token,
    });
    expect(svg.statusCode).toBe(200);
    expect(XMLValidator.validate(svg.body)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg.body);
    const members = (
      await t.request({
        method: 'GET',
        url: `/api/v1/teams/${teamId}/members`,
        token: manager.token,
      })
    ).json().items as { id: string; name: string }[];
    const idOf = (name: string) => members.find((m) => m.name === name)!.id;
    const paths = [doc.svg.path ?? []].flat() as Record<string, string>[];
    const marks = paths
      .filter((p) => p.class === 'current-role')
      .map((p) => [p['data-member-id'], p['data-role-id']]);
    // Ane is a closer, Bo a booker; Cato's role (inside sales) is not a column: ◇ by the name.
    expect(marks.sort()).toEqual(
      [
        [idOf('Ane'), closer],
        [idOf('Bo'), booker],
      ].sort(),
    );
    const texts = ([doc.svg.text].flat() as Array<string | { '#text': string }>).map((x) =>
      typeof x === 'string' ? x : String(x['#text']),
    );
    expect(texts).toContain('Cato ◇');
    expect(texts).toContain('Mean fit now 87 · optimal 98 (total 260 → 295) · 3 members × 2 roles');
    expect(texts.some((s) => /\d\.\d/.test(s))).toBe(false);
  });

  it('refuses teams above TEAM_MAX_MEMBERS with a clear problem', async () => {
    const capped = await startTestApp({ TEAM_MAX_MEMBERS: '3' });
    try {
      const created = await capped.request({
        method: 'POST',
        url: '/api/v1/teams',
        token: manager.token,
        payload: { name: 'Capped' },
      });
      const teamId = created.json().id as string;
      const url = `/api/v1/teams/${teamId}/members`;
      const ok = await capped.request({
        method: 'POST',
        url,
        token: manager.token,
        payload: { members: SMALL.slice(0, 2) },
      });
      expect(ok.statusCode).toBe(201);
      const refused = expectProblem(
        await capped.request({
          method: 'POST',
          url,
          token: manager.token,
          payload: { members: SMALL },
        }),
        422,
      );
      expect(refused.detail).toBe(
        'A team can have at most 3 members (TEAM_MAX_MEMBERS); this one has 2 and the request adds 3. None were added.',
      );
      expect(refused.errors).toEqual([{ field: 'members', message: 'at most 3 members per team' }]);
      expect(
        (
          await capped.request({
            method: 'GET',
            url: `/api/v1/teams/${teamId}`,
            token: manager.token,
          })
        ).json().memberCount,
      ).toBe(2);

      // A team that grew before the limit was lowered is not analysed.
      const big = await team('Grown', SMALL.concat(SMALL));
      const analysis = expectProblem(
        await capped.request({
          method: 'POST',
          url: `/api/v1/teams/${big}/analyses`,
          token: manager.token,
        }),
        422,
      );
      expect(analysis.detail).toBe(
        'This team has 6 members; teams are limited to 3 (TEAM_MAX_MEMBERS). Split it into smaller teams.',
      );
    } finally {
      await capped.close();
    }
  });

  it('hides events and history from other organisations', async () => {
    const other = await signupOrg(t, 'Other Live');
    const teamId = await team('Private', SMALL);
    const id = await analyse(teamId);
    for (const url of [
      `/api/v1/analyses/${id}/events`,
      `/api/v1/teams/${teamId}/analyses`,
      `/api/v1/teams/${teamId}/role-map?page=1&pageSize=1`,
    ]) {
      expectProblem(await t.request({ method: 'GET', url, token: other.token }), 404);
    }
    expectProblem(
      await t.request({
        method: 'GET',
        url: '/api/v1/analyses/not-a-uuid/events',
        token: manager.token,
      }),
      404,
    );
    expectProblem(await t.request({ method: 'GET', url: `/api/v1/analyses/${id}/events` }), 401);
  });
});
