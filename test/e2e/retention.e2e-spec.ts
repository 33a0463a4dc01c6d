import { formatDate } from '@rolefit/mail';
import { DataSource } from 'typeorm';
import { invite, roleWithQuestionnaire, submittedCandidates } from '../support/candidates';
import { SmtpInbox } from '@rolefit/testkit';
import { Org, signupOrg, startTestApp, TestApp } from '../support/test-app';
import { sleep, waitFor } from '@rolefit/testkit';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';

/**
 * The retention job, run by the real, built worker on back-dated data: it anonymises exactly
 * what is past each organisation's period and nothing else, runs once per period however many
 * workers there are, and a run killed midway is finished by the next worker.
 */
describe('retention, run by the worker', () => {
  let t: TestApp;
  let db: DataSource;
  let a: Org;
  let b: Org;
  const workers: WorkerProcess[] = [];
  const RETENTION_ON = { RETENTION_CHECK_SECONDS: '1' };

  const backdate = (ids: string[], months: number) =>
    db.query(
      `UPDATE assessments SET updated_at = now() - make_interval(months => $2),
              created_at = now() - make_interval(months => $2 + 1)
        WHERE id = ANY($1::uuid[])`,
      [ids, months],
    );
  const anonymizedIds = async (orgs: Org[]) => {
    const rows: { id: string }[] = await db.query(
      `SELECT a.id FROM assessments a JOIN users u ON u.organization_id = a.organization_id
        WHERE u.email = ANY($1) AND a.anonymized_at IS NOT NULL ORDER BY a.id`,
      [orgs.map((o) => o.email)],
    );
    return rows.map((r) => r.id);
  };
  const completedRun = () =>
    waitFor(async () => {
      const rows: { status: string; stats: Record<string, number>; attempts: number }[] =
        await db.query(`SELECT status, stats, attempts FROM retention_runs`);
      return rows.length === 1 && rows[0].status === 'completed' ? rows[0] : undefined;
    }, 60_000);
  const percentiles = async (token: string, roleId: string) =>
    (
      await t.request({
        method: 'GET',
        url: `/api/v1/job-roles/${roleId}/candidates?pageSize=100`,
        token,
      })
    )
      .json<{
        items: { id: string; fitPercentile: number; dimensionScores: { percentile: number }[] }[];
      }>()
      .items.map((i) => [i.id, i.fitPercentile, i.dimensionScores.map((d) => d.percentile)]);

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    a = await signupOrg(t, 'Retention A');
    b = await signupOrg(t, 'Retention B');
    await t.request({
      method: 'PATCH',
      url: '/api/v1/organization',
      token: b.token,
      payload: { retentionMonths: 12 },
    });
  });
  afterAll(async () => {
    for (const w of workers) await w.stop().catch(() => undefined);
    await t?.close();
  });

  it('anonymises exactly what is past each organisation’s period, once, with two workers', async () => {
    const roleA = await roleWithQuestionnaire(t, a, 'Retained A');
    const roleB = await roleWithQuestionnaire(t, b, 'Retained B');
    const subA = await submittedCandidates(t, a, roleA.roleId, 6, 'A');
    const subB = await submittedCandidates(t, b, roleB.roleId, 3, 'B');
    // A decision with a reason (free text, goes with the personal data).
    await t.request({
      method: 'POST',
      url: `/api/v1/assessments/${subA[1].id}/decisions`,
      token: a.token,
      payload: { stage: 'rejected', reason: 'Spoke to Kari about it' },
    });
    const started = await invite(t, a, roleA.roleId, 'Started Long Ago');
    await t.request({
      method: 'PUT',
      url: `/api/v1/candidate/assessments/${started.token}/answers`,
      payload: { answers: { p1: 3 } },
    });
    const neverStartedOld = await invite(t, a, roleA.roleId, 'Never Started Old');
    const neverStartedRecent = await invite(t, a, roleA.roleId, 'Never Started Recent');
    const invitedOldNotExpired = await invite(t, a, roleA.roleId, 'Invited Old Link Alive');
    await db.query(
      `UPDATE assessments SET expires_at = now() - interval '1 day' WHERE id = ANY($1::uuid[])`,
      [[neverStartedOld.id, neverStartedRecent.id]],
    );

    // Past A's 6 months: three submitted (one with the decision), the started one, the old
    // never-started one, and an old invitation whose link somehow still works (anonymised).
    const dueA = [subA[0].id, subA[1].id, subA[2].id, started.id, invitedOldNotExpired.id];
    await backdate([...dueA, neverStartedOld.id], 7);
    await backdate([neverStartedRecent.id], 1);
    // B keeps 12 months: 7 months old is kept, 13 months old is due.
    await backdate([subB[0].id], 7);
    await backdate([subB[1].id], 13);

    // Analyses: one old (names replaced), one recent (kept); an old audit event (deleted).
    const [{ id: orgA }] = await db.query(
      `SELECT organization_id AS id FROM users WHERE email = $1`,
      [a.email],
    );
    const team = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      token: a.token,
      payload: { name: 'Old team' },
    });
    const teamId = team.json<{ id: string }>().id;
    const snapshot = (name: string) =>
      JSON.stringify({
        snapshot: { members: [{ id: '11111111-2222-4333-8444-555555555555', name, profile: {} }] },
        gapThreshold: 60,
      });
    const result = (name: string) =>
      JSON.stringify({ members: [{ id: '11111111-2222-4333-8444-555555555555', name }] });
    const [oldAnalysis] = await db.query(
      `INSERT INTO team_analyses (organization_id, team_id, snapshot_hash, snapshot, status, result, created_at)
       VALUES ($1, $2, 'old', $3, 'completed', $4, now() - interval '8 months') RETURNING id`,
      [orgA, teamId, snapshot('Ola Gammel'), result('Ola Gammel')],
    );
    const [newAnalysis] = await db.query(
      `INSERT INTO team_analyses (organization_id, team_id, snapshot_hash, snapshot, status, result)
       VALUES ($1, $2, 'new', $3, 'completed', $4) RETURNING id`,
      [orgA, teamId, snapshot('Ola Ny'), result('Ola Ny')],
    );
    await db.query(
      `INSERT INTO audit_events (organization_id, actor_type, action, subject_type, created_at)
       VALUES ($1, 'system', 'assessment.read', 'assessment', now() - interval '25 months')`,
      [orgA],
    );

    const percentilesBefore = await percentiles(a.token, roleA.roleId);
    const auditCount = async () =>
      (
        await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE organization_id = $1`, [
          orgA,
        ])
      )[0].n as number;
    const auditBefore = await auditCount();
    const counts = async () =>
      (
        await db.query(
          `SELECT count(*)::int AS total, count(anonymized_at)::int AS anonymized FROM assessments`,
        )
      )[0] as { total: number; anonymized: number };
    const before = await counts();

    // Two workers at once: one run for the period, its work done once.
    workers.push(
      ...(await Promise.all([startWorkerProcess(RETENTION_ON), startWorkerProcess(RETENTION_ON)])),
    );
    const run = await completedRun();
    const auditAfter = await auditCount();
    const expectedAnonymized = [...dueA, subB[1].id].sort();
    expect(run.stats).toEqual({
      // Nothing here is due within the week (the warnings have their own test below).
      warningsQueued: 0,
      assessmentsAnonymized: expectedAnonymized.length,
      expiredUnstartedDeleted: 1,
      analysesAnonymized: 1,
      auditEventsDeleted: 1,
    });
    expect(await anonymizedIds([a, b])).toEqual(expectedAnonymized);
    const after = await counts();
    expect(after).toEqual({
      total: before.total - 1,
      anonymized: before.anonymized + expectedAnonymized.length,
    });
    // Exactly one worker ran it (the other only found the period taken).
    const ran = workers.map((w) => /retention run \S+ completed/.test(w.output()));
    expect(ran.filter(Boolean)).toHaveLength(1);
    const anonymisedLogged = workers
      .flatMap((w) => [...w.output().matchAll(/retention: (\d+) assessments anonymised/g)])
      .reduce((s, m) => s + Number(m[1]), 0);
    expect(anonymisedLogged).toBe(expectedAnonymized.length);
    // The logs name no candidate.
    for (const w of workers) {
      const retentionLines = w
        .output()
        .split('\n')
        // The retention job's own lines (other lines, such as the development mail log, name
        // their recipients on purpose, and an organisation called "Retention A" matches /etention/).
        .filter((l) => /"context":"Retention|"msg":"retention/.test(l));
      expect(retentionLines.join('\n')).not.toMatch(/Started Long Ago|@rolefit\.test/);
    }

    // What went: names, emails, answers, the decision's reason; what stayed: scores.
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT id, candidate_name, answers, fit, likert_keyed FROM assessments WHERE id = ANY($1::uuid[])`,
      [expectedAnonymized],
    );
    for (const r of rows) expect([r.candidate_name, r.answers]).toEqual(['', {}]);
    expect(rows.filter((r) => r.fit !== null)).toHaveLength(4);
    const [decision] = await db.query(
      `SELECT reason, stage FROM assessment_decisions WHERE assessment_id = $1 AND stage = 'rejected'`,
      [subA[1].id],
    );
    expect(decision).toEqual({ reason: null, stage: 'rejected' });
    // Untouched: recent candidates, B's 7-month-old one, the recent never-started invitation.
    const kept: { candidate_name: string }[] = await db.query(
      `SELECT candidate_name FROM assessments WHERE id = ANY($1::uuid[]) ORDER BY candidate_name`,
      [[subA[3].id, subA[4].id, subA[5].id, subB[0].id, subB[2].id, neverStartedRecent.id]],
    );
    expect(kept.map((k) => k.candidate_name)).toEqual([
      'A 4',
      'A 5',
      'A 6',
      'B 1',
      'B 3',
      'Never Started Recent',
    ]);
    expect(
      await db.query(`SELECT id FROM assessments WHERE id = $1`, [neverStartedOld.id]),
    ).toEqual([]);
    // Norms still work: every percentile is what it was.
    expect(await percentiles(a.token, roleA.roleId)).toEqual(percentilesBefore);

    const analyses: { id: string; s: string; r: string }[] = await db.query(
      `SELECT id, snapshot::text AS s, result::text AS r FROM team_analyses WHERE team_id = $1`,
      [teamId],
    );
    const byId = new Map(analyses.map((x) => [x.id, x.s + x.r]));
    expect(byId.get(oldAnalysis.id)).not.toContain('Ola Gammel');
    expect(byId.get(oldAnalysis.id)).toContain('Member 11111111');
    expect(byId.get(newAnalysis.id)).toContain('Ola Ny');
    expect(auditAfter).toBe(auditBefore - 1);

    // Still once: more checks by both workers do not start a second run for the period.
    await sleep(2500);
    expect((await db.query(`SELECT count(*)::int AS n FROM retention_runs`))[0].n).toBe(1);
    for (const w of workers.splice(0)) await w.stop();
  });

  it('finishes a run on the next worker when the worker running it is killed midway', async () => {
    const role = await roleWithQuestionnaire(t, a, 'Killed run');
    const [template] = await submittedCandidates(t, a, role.roleId, 1, 'Template');
    // 60 old submissions (copies of a real one, each with its own email and token hash).
    const inserted: { id: string }[] = await db.query(
      `INSERT INTO assessments (organization_id, job_role_id, questionnaire_version_id, candidate_name,
              candidate_email, locale, source, token_hash, expires_at, status, answers, stage, fit,
              eligible, dimension_scores, scores, knockouts_failed, minimums_missed, profile_used,
              likert_keyed, submitted_at, created_at, updated_at)
       SELECT organization_id, job_role_id, questionnaire_version_id, 'Old ' || g, 'old' || g || '@example.com',
              locale, source, md5(random()::text) || g, expires_at, status, answers, stage, fit,
              eligible, dimension_scores, scores, knockouts_failed, minimums_missed, profile_used,
              likert_keyed, submitted_at, now() - interval '9 months', now() - interval '8 months'
         FROM assessments, generate_series(1, 60) g WHERE id = $1
       RETURNING id`,
      [template.id],
    );
    const ids = inserted.map((r) => r.id);
    const done = async () =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM assessments WHERE id = ANY($1::uuid[]) AND anonymized_at IS NOT NULL`,
          [ids],
        )
      )[0].n as number;
    // A new period for this test's run.
    await db.query(`DELETE FROM retention_runs`);

    const slow = await startWorkerProcess({
      ...RETENTION_ON,
      RETENTION_BATCH_SIZE: '5',
      RETENTION_BATCH_PAUSE_MS: '400',
    });
    await waitFor(async () => ((await done()) >= 10 ? true : undefined), 30_000, 50);
    await slow.kill();
    const partial = await done();
    expect(partial).toBeGreaterThanOrEqual(10);
    expect(partial).toBeLessThan(60);
    expect((await db.query(`SELECT status FROM retention_runs`))[0].status).toBe('running');

    const next = await startWorkerProcess(RETENTION_ON);
    workers.push(next);
    const run = await completedRun();
    expect(await done()).toBe(60);
    expect(run.attempts).toBeGreaterThanOrEqual(2);
    // The finishing attempt counts what was left (the killed one did the rest).
    expect(run.stats.assessmentsAnonymized).toBe(60 - partial);
    expect(next.output()).toMatch(/retention run \S+ completed/);
    expect((await db.query(`SELECT count(*)::int AS n FROM retention_runs`))[0].n).toBe(1);
    // The template (recent) is untouched.
    expect(
      (await db.query(`SELECT anonymized_at FROM assessments WHERE id = $1`, [template.id]))[0]
        .anonymized_at,
    ).toBeNull();
  });

  it('warns each candidate once, a week before their data goes, in their language, over real SMTP', async () => {
    // Only this test's worker runs, and it sends to this inbox.
    for (const w of workers.splice(0)) await w.stop();
    const inbox = new SmtpInbox();
    await inbox.start();
    try {
      const role = await roleWithQuestionnaire(t, a, 'Warned role');
      const [soonEn, soonNb, later] = await submittedCandidates(t, a, role.roleId, 3, 'Warn');
      // A keeps 6 months: data of soonEn/soonNb goes in 3 days (inside the week), later's in 10.
      await db.query(
        `UPDATE assessments SET updated_at = now() - interval '6 months' + interval '3 days',
                locale = CASE WHEN id = $2 THEN 'nb' ELSE 'en' END
          WHERE id = ANY($1::uuid[])`,
        [[soonEn.id, soonNb.id], soonNb.id],
      );
      await db.query(
        `UPDATE assessments SET updated_at = now() - interval '6 months' + interval '10 days'
          WHERE id = $1`,
        [later.id],
      );
      const facts = async (id: string) =>
        (
          await db.query(
            `SELECT candidate_email AS email, retention_warned_at AS "warnedAt",
                    updated_at + interval '6 months' AS "goesOn"
               FROM assessments WHERE id = $1`,
            [id],
          )
        )[0] as { email: string; warnedAt: Date | null; goesOn: Date };
      const [en, nb, notYet] = await Promise.all([soonEn, soonNb, later].map((c) => facts(c.id)));

      await db.query(`DELETE FROM retention_runs`);
      const worker = await startWorkerProcess({
        ...RETENTION_ON,
        SMTP_URL: inbox.url,
        PUBLIC_URL: 'https://rolefit.example',
        MAIL_RETRY_MAX_SECONDS: '1',
      });
      workers.push(worker);
      const run = await completedRun();
      expect(run.stats.warningsQueued).toBe(2);
      expect(run.stats.assessmentsAnonymized).toBe(0);

      const [mailEn] = await inbox.waitFor(en.email);
      const [mailNb] = await inbox.waitFor(nb.email);
      const dayEn = formatDate(en.goesOn.toISOString(), 'en');
      const dayNb = formatDate(nb.goesOn.toISOString(), 'nb');
      expect(mailEn.subject).toBe(
        `Your application data at Retention A will be deleted on ${dayEn}`,
      );
      expect(mailEn.text).toContain(`for Warned role until ${dayEn}`);
      expect(mailNb.subject).toBe(`Søknadsdataene dine hos Retention A slettes ${dayNb}`);
      expect(mailNb.text).toContain(`til Warned role til ${dayNb}`);
      // The date is the real one: 3 days from now (to the day), not the run's date.
      const inDays = (d: Date) => Math.round((d.getTime() - Date.now()) / 86_400_000);
      expect(inDays(en.goesOn)).toBe(3);
      expect((await facts(soonEn.id)).warnedAt).not.toBeNull();
      expect((await facts(later.id)).warnedAt).toBeNull();

      // Retention runs again (a new period): nobody is warned twice, the later one not yet.
      await db.query(`DELETE FROM retention_runs`);
      const again = await completedRun();
      expect(again.stats.warningsQueued).toBe(0);
      await new Promise((r) => setTimeout(r, 2500));
      expect(inbox.to(en.email)).toHaveLength(1);
      expect(inbox.to(nb.email)).toHaveLength(1);
      expect(inbox.to(notYet.email)).toHaveLength(0);
      // The worker's retention lines name no candidate.
      const lines = worker
        .output()
        .split('\n')
        .filter((l) => /"context":"Retention|"msg":"retention/.test(l));
      expect(lines.join('\n')).toMatch(/retention: 2 retention warnings queued/);
      expect(lines.join('\n')).not.toMatch(/@rolefit\.test|Warn \d/);
    } finally {
      for (const w of workers.splice(0)) await w.stop();
      await inbox.stop();
    }
  });
});
