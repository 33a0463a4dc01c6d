import { DataSource } from 'typeorm';
import {
  answerAndSubmit,
  invite,
  roleWithQuestionnaire,
  smallAnswers,
  submittedCandidates,
} from '../support/candidates';
import { jobRolePayload, previewPayload } from '@rolefit/testkit';
import { addUser, expectProblem, Org, signupOrg, startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '@rolefit/testkit';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';

interface AuditItem {
  actorUserId: string | null;
  actorName: string | null;
  actorRole: string | null;
  actorType: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown>;
  address: string | null;
  createdAt: string;
}

describe('candidate rights (staff): decisions, audit log, erasure, archiving, settings', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: Org;
  let recruiter: Org;
  let recruiter2: Org;
  let manager: Org;

  const api = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    token?: string,
    payload?: unknown,
    ip?: string,
  ) =>
    t.request({
      method,
      url: `/api/v1${url}`,
      token,
      ...(payload !== undefined && { payload: payload as object }),
      ...(ip && { remoteAddress: ip }),
    });
  const me = async (org: Org) =>
    (await api('GET', '/me', org.token)).json<{ id: string; name: string }>();
  const audit = async (query: string) =>
    (await api('GET', `/audit-events?${query}`, admin.token)).json<{
      items: AuditItem[];
      total: number;
    }>();

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    admin = await signupOrg(t, 'Rights Org');
    recruiter = await addUser(t, admin, 'recruiter');
    recruiter2 = await addUser(t, admin, 'recruiter');
    manager = await addUser(t, admin, 'manager');
  });
  afterAll(async () => t?.close());

  describe('stages and decisions', () => {
    it('records decisions by two users in the order they were made, with names and reasons', async () => {
      const { roleId } = await roleWithQuestionnaire(t, admin, 'Decided role');
      const [c] = await submittedCandidates(t, admin, roleId, 1, 'Decided');
      const first = await me(recruiter);
      const second = await me(recruiter2);

      const a = await api('POST', `/assessments/${c.id}/decisions`, recruiter.token, {
        stage: 'shortlisted',
        reason: 'Strong prospecting',
      });
      expect(a.statusCode).toBe(201);
      expect(a.json()).toMatchObject({
        stage: 'shortlisted',
        reason: 'Strong prospecting',
        actor: 'user',
        decidedBy: { id: first.id, name: first.name },
      });
      const b = await api('POST', `/assessments/${c.id}/decisions`, recruiter2.token, {
        stage: 'interviewed',
      });
      expect(b.statusCode).toBe(201);
      const r = await api('POST', `/assessments/${c.id}/decisions`, recruiter.token, {
        stage: 'rejected',
        reason: 'Chose another candidate',
      });
      expect(r.statusCode).toBe(201);

      const history = await api('GET', `/assessments/${c.id}/decisions`, admin.token);
      expect(history.statusCode).toBe(200);
      const items = history.json<{
        items: {
          stage: string;
          actor: string;
          decidedBy: { id: string } | null;
          reason: string | null;
          decidedAt: string;
        }[];
        total: number;
      }>().items;
      expect(items.map((d) => [d.stage, d.actor, d.decidedBy?.id ?? null, d.reason])).toEqual([
        ['assessed', 'candidate', null, null],
        ['shortlisted', 'user', first.id, 'Strong prospecting'],
        ['interviewed', 'user', second.id, null],
        ['rejected', 'user', first.id, 'Chose another candidate'],
      ]);
      const times = items.map((d) => Date.parse(d.decidedAt));
      expect([...times].sort((x, y) => x - y)).toEqual(times);

      // The recruiter's list shows the stage, and filters by it.
      const list = await api('GET', `/job-roles/${roleId}/candidates`, recruiter.token);
      expect(list.json<{ items: { id: string; stage: string }[] }>().items).toEqual([
        expect.objectContaining({ id: c.id, stage: 'rejected' }),
      ]);
      const shortlisted = await api(
        'GET',
        `/job-roles/${roleId}/candidates?stage=shortlisted`,
        recruiter.token,
      );
      expect(shortlisted.json<{ total: number }>().total).toBe(0);
    });

    it('serialises two decisions sent at the same moment: both recorded, one after the other', async () => {
      const { roleId } = await roleWithQuestionnaire(t, admin, 'Race role');
      const [c] = await submittedCandidates(t, admin, roleId, 1, 'Raced');
      const [x, y] = await Promise.all([
        api('POST', `/assessments/${c.id}/decisions`, recruiter.token, { stage: 'shortlisted' }),
        api('POST', `/assessments/${c.id}/decisions`, recruiter2.token, { stage: 'interviewed' }),
      ]);
      expect([x.statusCode, y.statusCode]).toEqual([201, 201]);
      const items = (await api('GET', `/assessments/${c.id}/decisions`, recruiter.token)).json<{
        items: { id: string; stage: string }[];
      }>().items;
      expect(items).toHaveLength(3);
      const ids = items.map((d) => BigInt(d.id));
      expect(ids[1] < ids[2]).toBe(true);
      const [row] = await db.query(`SELECT stage FROM assessments WHERE id = $1`, [c.id]);
      // The stage is the decision recorded last.
      expect(row.stage).toBe(items[2].stage);
    });

    it('never rejects on scores: a failed knock-out and missed minimum only flag', async () => {
      const { roleId } = await roleWithQuestionnaire(t, admin, 'Flag role');
      const c = await invite(t, admin, roleId, 'Flagged');
      // Fails the knock-out and answers prospecting at the bottom (minimum 50 missed).
      await answerAndSubmit(t, c.token, { ...smallAnswers(1, false), p1: 1, p2: 5, p3: 1 });
      const result = (await api('GET', `/assessments/${c.id}`, recruiter.token)).json<{
        eligible: boolean;
        stage: string;
        knockoutsFailed: string[];
        minimumsMissed: string[];
      }>();
      expect(result).toMatchObject({
        eligible: false,
        stage: 'assessed',
        knockoutsFailed: ['ko'],
        minimumsMissed: ['prospecting'],
      });
    });

    it('refuses stages staff may not set, managers deciding, and repeats', async () => {
      const { roleId } = await roleWithQuestionnaire(t, admin, 'Rules role');
      const [c] = await submittedCandidates(t, admin, roleId, 1, 'Rules');
      for (const stage of ['withdrawn', 'applied', 'assessed', 'nonsense']) {
        const bad = expectProblem(
          await api('POST', `/assessments/${c.id}/decisions`, recruiter.token, { stage }),
          400,
        );
        expect(JSON.stringify(bad.errors)).toMatch(/stage/);
      }
      expectProblem(
        await api('POST', `/assessments/${c.id}/decisions`, manager.token, { stage: 'hired' }),
        403,
      );
      await api('POST', `/assessments/${c.id}/decisions`, recruiter.token, { stage: 'offered' });
      expectProblem(
        await api('POST', `/assessments/${c.id}/decisions`, recruiter.token, { stage: 'offered' }),
        409,
      );
    });
  });

  describe('audit log', () => {
    it('records every staff read of candidate data, decision, erasure and settings change', async () => {
      const { roleId } = await roleWithQuestionnaire(t, admin, 'Audited role');
      const [c1, c2] = await submittedCandidates(t, admin, roleId, 2, 'Audited');
      const rec = await me(recruiter);
      const ip = '203.0.113.7';
      const from = new Date().toISOString();
      await api('GET', `/assessments/${c1.id}`, recruiter.token, undefined, ip);
      await api('GET', `/job-roles/${roleId}/candidates`, recruiter.token, undefined, ip);
      await api('GET', `/assessments/${c1.id}/decisions`, recruiter.token, undefined, ip);
      await api(
        'POST',
        `/assessments/${c1.id}/decisions`,
        recruiter.token,
        { stage: 'shortlisted' },
        ip,
      );
      await api(
        'POST',
        `/assessments/${c2.id}/erasure`,
        recruiter.token,
        { reason: 'Asked by email' },
        ip,
      );
      await api('PATCH', '/organization', admin.token, { retentionMonths: 9 }, ip);

      const mine = await audit(`actorUserId=${rec.id}&from=${from}&pageSize=100`);
      const summary = mine.items
        .map((e) => [e.action, e.subjectType, e.subjectId, e.actorRole, e.address])
        .reverse();
      expect(summary).toEqual([
        ['assessment.read', 'assessment', c1.id, 'recruiter', ip],
        ['candidates.list', 'job-role', roleId, 'recruiter', ip],
        ['decisions.read', 'assessment', c1.id, 'recruiter', ip],
        ['decision.made', 'assessment', c1.id, 'recruiter', ip],
        ['assessment.erased', 'assessment', c2.id, 'recruiter', ip],
      ]);
      expect(mine.items.every((e) => e.actorName === rec.name)).toBe(true);
      const list = mine.items.find((e) => e.action === 'candidates.list');
      expect((list?.details.assessmentIds as string[]).sort()).toEqual([c1.id, c2.id].sort());
      expect(mine.items.find((e) => e.action === 'assessment.erased')?.details).toEqual({
        reason: 'Asked by email',
      });
      const settings = await audit('action=organization.updated');
      expect(settings.items[0]).toMatchObject({
        actorRole: 'admin',
        address: ip,
        details: { changed: ['retentionMonths'], retentionMonths: 9 },
      });
      // No personal data in the log: neither name nor email of any candidate.
      const everything = JSON.stringify((await audit('pageSize=100')).items);
      for (const c of [c1, c2]) {
        expect(everything).not.toContain(c.email);
        expect(everything).not.toContain(c.name);
      }
    });

    it('filters by subject and time, pages, is admin-only, and cannot be changed', async () => {
      const { roleId } = await roleWithQuestionnaire(t, admin, 'Paged role');
      const [c] = await submittedCandidates(t, admin, roleId, 1, 'Paged');
      const from = new Date().toISOString();
      for (let i = 0; i < 5; i++) await api('GET', `/assessments/${c.id}`, recruiter.token);
      const page1 = await audit(`subjectId=${c.id}&action=assessment.read&pageSize=2&from=${from}`);
      const page3 = await audit(
        `subjectId=${c.id}&action=assessment.read&pageSize=2&page=3&from=${from}`,
      );
      expect([page1.total, page1.items.length, page3.items.length]).toEqual([5, 2, 1]);
      const future = await audit(
        `subjectId=${c.id}&from=${new Date(Date.now() + 60_000).toISOString()}`,
      );
      expect(future.total).toBe(0);
      expectProblem(await api('GET', '/audit-events', recruiter.token), 403);
      expectProblem(await api('GET', '/audit-events?action=nope', admin.token), 400);
      for (const method of ['PATCH', 'DELETE', 'PUT'] as const) {
        expect((await api(method, '/audit-events', admin.token, {})).statusCode).toBe(404);
      }
      await expect(db.query(`UPDATE audit_events SET action = 'forged'`)).rejects.toThrow(
        /cannot be changed/,
      );
    });
  });

  describe('erasure', () => {
    let worker: WorkerProcess;
    beforeAll(async () => {
      worker = await startWorkerProcess();
    });
    afterAll(async () => worker?.stop());

    const reliability = async (questionnaireId: string) => {
      const run = await api(
        'POST',
        `/questionnaires/${questionnaireId}/reliability`,
        recruiter.token,
      );
      expect(run.statusCode).toBe(202);
      return waitFor(async () => {
        const res = await api(
          'GET',
          `/questionnaires/${questionnaireId}/reliability`,
          recruiter.token,
        );
        const body = res.json<{ id: string; status: string; result: unknown }>();
        return body.id === run.json<{ id: string }>().id && body.status === 'completed'
          ? body.result
          : undefined;
      });
    };
    const ranks = async (roleId: string) => {
      const res = await api('GET', `/job-roles/${roleId}/candidates?pageSize=100`, recruiter.token);
      const items = res.json<{
        items: {
          id: string;
          fit: number;
          fitPercentile: number;
          dimensionScores: { dimension: string; percentile: number }[];
        }[];
      }>().items;
      return new Map(
        items.map((i) => [
          i.id,
          {
            fit: i.fit,
            fitPercentile: i.fitPercentile,
            dims: i.dimensionScores.map((d) => [d.dimension, d.percentile]),
          },
        ]),
      );
    };

    it('erases a candidate and leaves norms (percentiles) and reliability results unchanged', async () => {
      const { roleId, questionnaireId } = await roleWithQuestionnaire(t, admin, 'Norms role');
      const candidates = await submittedCandidates(t, admin, roleId, 8, 'Norm');
      const before = await ranks(roleId);
      const reliabilityBefore = await reliability(questionnaireId);
      const erased = candidates[3];

      const res = await api('POST', `/assessments/${erased.id}/erasure`, recruiter.token, {
        reason: 'Candidate asked',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        id: erased.id,
        erased: ['name', 'email', 'answers', 'free text'],
      });

      const after = await ranks(roleId);
      expect(after).toEqual(before);
      expect(await reliability(questionnaireId)).toEqual(reliabilityBefore);

      const [row] = await db.query(
        `SELECT candidate_name, candidate_email, answers, fit, scores, likert_keyed, anonymized_at
           FROM assessments WHERE id = $1`,
        [erased.id],
      );
      expect(row).toMatchObject({
        candidate_name: '',
        candidate_email: `erased-${erased.id}`,
        answers: {},
      });
      expect(row.fit).toBe(before.get(erased.id)?.fit);
      expect(row.likert_keyed).toHaveLength(6);
      expect(row.anonymized_at).not.toBeNull();
      const shown = (await api('GET', `/assessments/${erased.id}`, recruiter.token)).json<{
        candidate: object;
        anonymizedAt: string | null;
      }>();
      expect(shown.candidate).toEqual({ name: '', email: '' });
      expect(shown.anonymizedAt).not.toBeNull();
      // The link is gone; a second erasure is a conflict; the reason is required.
      expectProblem(await api('GET', `/candidate/assessments/${erased.token}`), 404);
      expectProblem(
        await api('POST', `/assessments/${erased.id}/erasure`, recruiter.token, {
          reason: 'again',
        }),
        409,
      );
      expectProblem(
        await api('POST', `/assessments/${candidates[0].id}/erasure`, recruiter.token, {}),
        400,
      );
      expectProblem(
        await api('POST', `/assessments/${candidates[0].id}/erasure`, manager.token, {
          reason: 'x',
        }),
        403,
      );
    });

    it('erases a team member: managers only for their own team; the name leaves stored analyses', async () => {
      const mine = await api('POST', '/teams', manager.token, { name: 'Managed team' });
      const teamId = mine.json<{ id: string }>().id;
      const other = await api('POST', '/teams', admin.token, { name: 'Not managed' });
      const otherId = other.json<{ id: string }>().id;
      const { roleId } = await roleWithQuestionnaire(t, admin, 'Team role');
      const members = await api('POST', `/teams/${teamId}/members`, manager.token, {
        members: [
          {
            name: 'Ola Hemmelig',
            email: 'ola@example.com',
            profile: { prospecting: 70 },
            performance: 110,
          },
          { name: 'Kari Synlig', profile: { prospecting: 40 } },
        ],
      });
      const [ola, kari] = members.json<{ members: { id: string }[] }>().members;
      const otherMembers = await api('POST', `/teams/${otherId}/members`, admin.token, {
        name: 'Per',
        profile: { prospecting: 50 },
      });
      const per = otherMembers.json<{ id?: string; members?: { id: string }[] }>();
      const perId = per.id ?? per.members?.[0]?.id;
      await api('PUT', `/teams/${teamId}/requirements`, manager.token, [
        { jobRoleId: roleId, slots: 1 },
      ]);
      const analysis = await api('POST', `/teams/${teamId}/analyses`, manager.token);
      const analysisId = analysis.json<{ id: string }>().id;
      await waitFor(async () => {
        const res = await api('GET', `/analyses/${analysisId}`, manager.token);
        return res.json<{ status: string }>().status === 'completed' ? true : undefined;
      });

      // Another manager's team answers as a missing one (its existence is not revealed).
      expectProblem(
        await api('POST', `/teams/${otherId}/members/${perId}/erasure`, manager.token, {
          reason: 'x',
        }),
        404,
      );
      expectProblem(
        await api('POST', `/teams/${teamId}/members/${perId}/erasure`, manager.token, {
          reason: 'x',
        }),
        404,
      );
      const res = await api('POST', `/teams/${teamId}/members/${ola.id}/erasure`, manager.token, {
        reason: 'Left the company',
      });
      expect(res.statusCode).toBe(200);

      const [member] = await db.query(
        `SELECT name, email, performance, profile FROM team_members WHERE id = $1`,
        [ola.id],
      );
      expect(member).toEqual({
        name: `Erased member ${ola.id.slice(0, 8)}`,
        email: null,
        performance: null,
        profile: { prospecting: 70 },
      });
      const [stored] = await db.query(
        `SELECT snapshot::text AS s, result::text AS r FROM team_analyses WHERE id = $1`,
        [analysisId],
      );
      expect(stored.s + stored.r).not.toContain('Ola Hemmelig');
      expect(stored.s).toContain('Kari Synlig');
      const map = await api('GET', `/teams/${teamId}/role-map`, manager.token);
      expect(map.body).not.toContain('Ola Hemmelig');
      expect(map.body).toContain(`Erased member ${ola.id.slice(0, 8)}`);
      expect(kari.id).toBeDefined();
      expect((await audit('action=team-member.erased')).items[0]).toMatchObject({
        subjectId: ola.id,
        details: { teamId, reason: 'Left the company' },
      });
    });
  });

  describe('job roles with candidates', () => {
    it('refuses to delete a role with candidates, archives it instead, and deletes one without', async () => {
      const { roleId } = await roleWithQuestionnaire(t, admin, 'Archived role');
      const c = await invite(t, admin, roleId, 'Kept');
      const preview = await api(
        'POST',
        `/job-roles/${roleId}/previews`,
        recruiter.token,
        previewPayload(),
      );
      const published = await api(
        'POST',
        `/previews/${preview.json<{ id: string }>().id}/publish`,
        recruiter.token,
      );
      const slug = published.json<{ slug: string }>().slug;
      expect((await api('GET', `/public/previews/${slug}`)).statusCode).toBe(200);

      const refused = expectProblem(
        await api('DELETE', `/job-roles/${roleId}`, recruiter.token),
        409,
      );
      expect(refused.detail).toMatch(/archive/);
      const archived = await api('POST', `/job-roles/${roleId}/archive`, recruiter.token);
      expect(archived.statusCode).toBe(200);
      expect(archived.json<{ archivedAt: string | null }>().archivedAt).not.toBeNull();

      const ids = (q: string) =>
        api('GET', `/job-roles?pageSize=100${q}`, recruiter.token).then((r) =>
          r.json<{ items: { id: string }[] }>().items.map((i) => i.id),
        );
      expect(await ids('')).not.toContain(roleId);
      expect(await ids('&archived=true')).toContain(roleId);
      await waitFor(
        async () =>
          (await api('GET', `/public/previews/${slug}`)).statusCode === 404 ? true : undefined,
        10_000,
      );
      expectProblem(
        await api('POST', `/job-roles/${roleId}/assessments`, recruiter.token, {
          candidate: { name: 'New', email: 'new@example.com' },
        }),
        409,
      );
      // The candidate and their data are still there.
      expect((await api('GET', `/assessments/${c.id}`, recruiter.token)).statusCode).toBe(200);

      const empty = await api(
        'POST',
        '/job-roles',
        recruiter.token,
        jobRolePayload({ title: 'Empty' }),
      );
      expect(
        (await api('DELETE', `/job-roles/${empty.json<{ id: string }>().id}`, recruiter.token))
          .statusCode,
      ).toBe(204);
    });

    it('answers a delete racing an invitation with 204/409 and 201/404, never a 500', async () => {
      const { questionnaireId } = await roleWithQuestionnaire(t, admin, 'Race base');
      const outcomes = new Set<string>();
      for (let i = 0; i < 12; i++) {
        const role = await api(
          'POST',
          '/job-roles',
          recruiter.token,
          jobRolePayload({ title: `Racy ${i}`, questionnaireId }),
        );
        const id = role.json<{ id: string }>().id;
        const [inv, del] = await Promise.all([
          api('POST', `/job-roles/${id}/assessments`, recruiter.token, {
            candidate: { name: 'Racer', email: `racer${i}@example.com` },
          }),
          api('DELETE', `/job-roles/${id}`, recruiter.token),
        ]);
        expect([201, 404]).toContain(inv.statusCode);
        expect([204, 409]).toContain(del.statusCode);
        // Consistent: an invitation that succeeded kept its role; a deleted role has nobody.
        const [{ n }] = await db.query(
          `SELECT count(*)::int AS n FROM assessments WHERE job_role_id = $1`,
          [id],
        );
        const [{ r }] = await db.query(`SELECT count(*)::int AS r FROM job_roles WHERE id = $1`, [
          id,
        ]);
        expect([n, r]).toEqual(inv.statusCode === 201 ? [1, 1] : [0, 0]);
        outcomes.add(`${inv.statusCode}/${del.statusCode}`);
      }
      expect([...outcomes].every((o) => ['201/409', '404/204'].includes(o))).toBe(true);
    });
  });

  describe('forbidden topics', () => {
    const familyPlans = (locale: 'en' | 'nb') => ({
      title: 'Family plans',
      locales: locale === 'nb' ? ['en', 'nb'] : ['en'],
      scale: { min: 1, max: 5 },
      items: [
        {
          key: 'calls',
          type: 'likert',
          text: {
            en: 'I like calling strangers.',
            ...(locale === 'nb' && { nb: 'Jeg liker å ringe fremmede.' }),
          },
          dimension: 'prospecting',
          keyed: 1,
        },
        locale === 'en'
          ? {
              key: 'family',
              type: 'likert',
              text: { en: 'I am not planning to have children in the next two years.' },
              dimension: 'prospecting',
              keyed: 1,
            }
          : {
              key: 'family',
              type: 'likert',
              text: {
                en: 'I enjoy my work.',
                nb: 'Jeg har ingen planer om å stifte familie de neste to årene.',
              },
              dimension: 'prospecting',
              keyed: 1,
            },
        {
          key: 'calls-2',
          type: 'likert',
          text: {
            en: 'I book meetings daily.',
            ...(locale === 'nb' && { nb: 'Jeg booker møter hver dag.' }),
          },
          dimension: 'prospecting',
          keyed: 1,
        },
      ],
    });

    it.each(['en', 'nb'] as const)(
      'refuses to publish a questionnaire asking about family plans (%s)',
      async (locale) => {
        const created = await api('POST', '/questionnaires', recruiter.token, familyPlans(locale));
        const id = created.json<{ id: string }>().id;
        const refused = expectProblem(
          await api('POST', `/questionnaires/${id}/publish`, recruiter.token),
          422,
        );
        expect(refused.detail).toMatch(/pregnancy or family plans/);
        expect(refused.errors).toEqual([
          {
            field: `items[1].text.${locale}`,
            message: expect.stringMatching(/^item "family" asks about pregnancy or family plans/),
          },
        ]);
        // A recruiter may not override; an admin may, with a reason that is audited.
        const override = {
          forbiddenTopicsOverride: {
            reason: 'Parental-leave cover role, wording approved by legal',
          },
        };
        expectProblem(
          await api('POST', `/questionnaires/${id}/publish`, recruiter.token, override),
          403,
        );
        const published = await api('POST', `/questionnaires/${id}/publish`, admin.token, override);
        expect(published.statusCode).toBe(200);
        const event = (
          await audit(`action=questionnaire.forbidden-topics-overridden&subjectId=${id}`)
        ).items[0];
        expect(event.details).toMatchObject({
          reason: override.forbiddenTopicsOverride.reason,
          findings: [{ itemKey: 'family', topic: 'pregnancy-family-plans' }],
        });
      },
    );
  });

  describe('organisation settings and privacy notice', () => {
    it('has defaults, versions the notice, and records the version on applications', async () => {
      const org = await signupOrg(t, 'Notice Org');
      const initial = (await api('GET', '/organization', org.token)).json<{
        retentionMonths: number;
        shareResultsWithCandidates: boolean;
        privacyNoticeVersion: number;
        privacyNotice: { en: string; nb: string };
      }>();
      expect(initial).toMatchObject({
        name: 'Notice Org',
        retentionMonths: 6,
        shareResultsWithCandidates: true,
        privacyNoticeVersion: 1,
      });
      expect(initial.privacyNotice.en).toMatch(/withdraw/);
      expect(initial.privacyNotice.nb).toMatch(/trekke deg/);

      const updated = await api('PATCH', '/organization', org.token, {
        retentionMonths: 12,
        privacyNotice: { en: 'Our notice v2.', nb: 'Vår erklæring v2.' },
      });
      expect(updated.json()).toMatchObject({
        retentionMonths: 12,
        privacyNoticeVersion: 2,
        privacyNotice: { en: 'Our notice v2.', nb: 'Vår erklæring v2.' },
      });
      expectProblem(await api('PATCH', '/organization', org.token, { retentionMonths: 0 }), 400);
      expectProblem(
        await api('PATCH', '/organization', org.token, { privacyNotice: { en: 'only english' } }),
        400,
      );
      const rec = await addUser(t, org, 'recruiter');
      expectProblem(await api('GET', '/organization', rec.token), 403);

      // A candidate reads the notice, then applies with its version.
      const { roleId } = await roleWithQuestionnaire(t, org, 'Noticed role');
      const preview = await api(
        'POST',
        `/job-roles/${roleId}/previews`,
        org.token,
        previewPayload(),
      );
      const slug = (
        await api('POST', `/previews/${preview.json<{ id: string }>().id}/publish`, org.token)
      ).json<{ slug: string }>().slug;
      const notice = await api('GET', `/public/previews/${slug}/privacy-notice`);
      expect(notice.json()).toEqual({
        version: 2,
        organizationName: 'Notice Org',
        text: { en: 'Our notice v2.', nb: 'Vår erklæring v2.' },
      });
      const stale = expectProblem(
        await api('POST', `/public/previews/${slug}/applications`, undefined, {
          name: 'Stale',
          email: 'stale@example.com',
          privacyNoticeVersion: 1,
        }),
        409,
      );
      expect(stale.detail).toMatch(/version 2/);
      const applied = await api('POST', `/public/previews/${slug}/applications`, undefined, {
        name: 'Fresh',
        email: 'fresh@example.com',
        privacyNoticeVersion: 2,
      });
      expect(applied.statusCode).toBeLessThan(300);
      const [row] = await db.query(
        `SELECT a.stage, a.privacy_notice_version AS a_version, p.privacy_notice_version AS p_version
           FROM assessments a JOIN assessment_applications p ON p.assessment_id = a.id
          WHERE a.job_role_id = $1`,
        [roleId],
      );
      expect(row).toEqual({ stage: 'applied', a_version: 2, p_version: 2 });
    });
  });
});
