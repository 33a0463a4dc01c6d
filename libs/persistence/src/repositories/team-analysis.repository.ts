import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TeamAnalysisEntity } from '../entities';
import { queryRows } from '../query-rows';
import type { RunStatus } from './run-status';
import type { Tx } from './transactions';

export type TeamAnalysisRecord = Omit<
  TeamAnalysisEntity,
  'team' | 'organizationId' | 'snapshotHash' | 'snapshot' | 'attempts'
>;

/** An analysis' state, as the events stream and the history show it. */
export interface AnalysisState {
  id: string;
  teamId: string;
  status: RunStatus;
  progress: number;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
}

/** One line of a team's history: its state and, once completed, its headline figures. */
export interface AnalysisHistoryEntry extends AnalysisState {
  meanFitCurrent: number | null;
  meanFitOptimal: number | null;
  totalFitCurrent: number | null;
  totalFitOptimal: number | null;
  /** Members in the map; null until completed. */
  memberCount: number | null;
}

/** A computed map to store (TeamAnalysisRepository.completeMany). */
export interface CompletedAnalysis {
  id: string;
  /** The map, already serialised. */
  resultJson: string;
  /** Time spent computing; with `unmarked`, sets the start that markRunning did not. */
  durationMs: number;
  /** Never marked running (the quick path): also count the attempt and set started_at. */
  unmarked: boolean;
}

/** The latest completed analysis of a team, or why there is none. */
export type LatestCompleted =
  | { team: 'missing' }
  | { team: 'found'; analysis: null }
  | { team: 'found'; analysis: { id: string; completedAt: Date } };

const STATE_COLUMNS = `a.id, a.team_id AS "teamId", a.status, a.progress, a.error,
  a.created_at AS "createdAt", a.started_at AS "startedAt", a.completed_at AS "completedAt"`;

/**
 * Team analyses (`team_analyses`): requested by the API over a frozen snapshot; the run
 * lifecycle written by the worker: running → completed once (never overwritten), or failed.
 */
@Injectable()
export class TeamAnalysisRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Serialises analysis requests of one team until the transaction ends. */
  async lockTeam(tx: Tx, teamId: string): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`team-analysis:${teamId}`]);
  }

  /** The newest analysis of this exact snapshot that is not failed, if any. */
  async findBySnapshot(
    tx: Tx,
    teamId: string,
    snapshotHash: string,
  ): Promise<Pick<TeamAnalysisRecord, 'id' | 'status'> | null> {
    return tx
      .getRepository(TeamAnalysisEntity)
      .createQueryBuilder('a')
      .select(['a.id', 'a.status'])
      .where('a.teamId = :teamId AND a.snapshotHash = :snapshotHash', { teamId, snapshotHash })
      .andWhere(`a.status IN ('queued', 'running', 'completed')`)
      .orderBy('a.createdAt', 'DESC')
      .getOne();
  }

  /** A queued analysis of a frozen snapshot. */
  create(
    tx: Tx,
    analysis: { organizationId: string; teamId: string; snapshotHash: string; snapshot: unknown },
  ): Promise<Pick<TeamAnalysisRecord, 'id' | 'status'>> {
    return tx.getRepository(TeamAnalysisEntity).save({
      ...analysis,
      status: 'queued' as const,
      progress: 0,
      result: null,
      error: null,
    });
  }

  findById(organizationId: string, id: string): Promise<TeamAnalysisRecord | null> {
    return this.dataSource.getRepository(TeamAnalysisEntity).findOne({
      where: { id, organizationId },
      select: {
        id: true,
        teamId: true,
        status: true,
        progress: true,
        error: true,
        result: true,
        createdAt: true,
        startedAt: true,
        completedAt: true,
      },
    });
  }

  /** The newest completed analysis of a team. */
  latestCompleted(
    organizationId: string,
    teamId: string,
  ): Promise<Pick<TeamAnalysisRecord, 'id' | 'result' | 'completedAt'> | null> {
    return this.dataSource.getRepository(TeamAnalysisEntity).findOne({
      where: { teamId, organizationId, status: 'completed' },
      order: { completedAt: 'DESC' },
      select: { id: true, result: true, completedAt: true },
    });
  }

  /** Counts an attempt and returns the frozen snapshot; null when completed or gone. */
  async markRunning<Snapshot>(id: string, organizationId: string): Promise<Snapshot | null> {
    const rows = await queryRows<{ snapshot: Snapshot }>(
      this.dataSource,
      `UPDATE team_analyses
          SET status = 'running', attempts = attempts + 1, started_at = COALESCE(started_at, now()), error = NULL
        WHERE id = $1 AND organization_id = $2 AND status IN ('queued', 'running', 'failed')
        RETURNING snapshot`,
      [id, organizationId],
    );
    return rows.length === 0 ? null : rows[0].snapshot;
  }

  /** Progress 0–100 while running; best effort (a lost update is overwritten by the next). */
  async setProgress(id: string, progress: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE team_analyses SET progress = $2 WHERE id = $1 AND status = 'running'`,
      [id, progress],
    );
  }

  /**
   * The frozen snapshot of an analysis to run, read without writing anything (the worker's
   * quick path for small analyses); null when completed or gone.
   */
  async snapshotToRun<Snapshot>(id: string, organizationId: string): Promise<Snapshot | null> {
    const rows = await queryRows<{ snapshot: Snapshot }>(
      this.dataSource,
      `SELECT snapshot FROM team_analyses
        WHERE id = $1 AND organization_id = $2 AND status IN ('queued', 'running', 'failed')`,
      [id, organizationId],
    );
    return rows.length === 0 ? null : rows[0].snapshot;
  }

  /** Stores the map unless already completed; true when this call completed it. */
  async markCompleted(id: string, result: unknown): Promise<boolean> {
    const done = await this.completeMany([
      { id, resultJson: JSON.stringify(result), durationMs: 0, unmarked: false },
    ]);
    return done.has(id);
  }

  /**
   * Stores several maps in one statement, each unless already completed; returns the ids this
   * call completed. One commit for many analyses: every write here NOTIFYs (the trigger), and
   * PostgreSQL holds a cluster-wide lock across the commit of a notifying transaction, so the
   * worker's completions are written together rather than queueing one fsync each.
   * `unmarked` analyses were never marked running (the quick path): their attempt is counted
   * and their start set to `durationMs` before now.
   */
  async completeMany(items: readonly CompletedAnalysis[]): Promise<Set<string>> {
    if (items.length === 0) return new Set();
    // One JSON parameter, put together from the already-serialised maps: a text[] parameter
    // would have the driver escape every quote of every map again.
    const batch = `[${items
      .map(
        (i) =>
          `{"id":${JSON.stringify(i.id)},"ms":${Math.max(0, Math.round(i.durationMs))},` +
          `"unmarked":${i.unmarked ? 'true' : 'false'},"result":${i.resultJson}}`,
      )
      .join(',')}]`;
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE team_analyses a
          SET status = 'completed', progress = 100, result = v.result, completed_at = now(),
              error = NULL, attempts = a.attempts + v.unmarked::int,
              started_at = COALESCE(a.started_at, now() - v.ms * interval '1 millisecond')
         FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, ms int, unmarked boolean, result jsonb)
        WHERE a.id = v.id AND a.status <> 'completed'
        RETURNING a.id`,
      [batch],
    );
    return new Set(rows.map((r) => r.id));
  }

  async markFailed(id: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE team_analyses SET status = 'failed', error = $2 WHERE id = $1 AND status <> 'completed'`,
      [id, reason],
    );
  }

  // --- Reads for the API (always scoped by organisation) -------------------------------------

  async findState(organizationId: string, id: string): Promise<AnalysisState | null> {
    const rows = await queryRows<AnalysisState>(
      this.dataSource,
      `SELECT ${STATE_COLUMNS} FROM team_analyses a WHERE a.id = $1 AND a.organization_id = $2`,
      [id, organizationId],
    );
    return rows[0] ?? null;
  }

  /** A team's analyses, newest first, with the figures of the completed ones. */
  async history(
    organizationId: string,
    teamId: string,
    skip: number,
    take: number,
  ): Promise<{ items: AnalysisHistoryEntry[]; total: number }> {
    const [items, counted] = await Promise.all([
      queryRows<AnalysisHistoryEntry>(
        this.dataSource,
        `SELECT ${STATE_COLUMNS},
                a.mean_fit_current AS "meanFitCurrent", a.mean_fit_optimal AS "meanFitOptimal",
                a.total_fit_current AS "totalFitCurrent", a.total_fit_optimal AS "totalFitOptimal",
                a.member_count AS "memberCount"
           FROM team_analyses a
          WHERE a.team_id = $1 AND a.organization_id = $2
          ORDER BY a.created_at DESC, a.id DESC
          OFFSET $3 LIMIT $4`,
        [teamId, organizationId, skip, take],
      ),
      queryRows<{ n: number }>(
        this.dataSource,
        `SELECT count(*)::int AS n FROM team_analyses WHERE team_id = $1 AND organization_id = $2`,
        [teamId, organizationId],
      ),
    ]);
    return { items, total: counted[0].n };
  }

  /**
   * In one statement: does the team exist in the organisation, and which is its latest
   * completed analysis (without its result).
   */
  async latestCompletedRef(organizationId: string, teamId: string): Promise<LatestCompleted> {
    const rows = await queryRows<{ id: string | null; completedAt: Date | null }>(
      this.dataSource,
      `SELECT a.id, a.completed_at AS "completedAt"
         FROM teams t
         LEFT JOIN LATERAL (
           SELECT id, completed_at FROM team_analyses
            WHERE team_id = t.id AND status = 'completed'
            ORDER BY completed_at DESC LIMIT 1) a ON true
        WHERE t.id = $1 AND t.organization_id = $2`,
      [teamId, organizationId],
    );
    if (rows.length === 0) return { team: 'missing' };
    const { id, completedAt } = rows[0];
    return id === null || completedAt === null
      ? { team: 'found', analysis: null }
      : { team: 'found', analysis: { id, completedAt } };
  }

  /** The stored map as text, exactly as stored: parsed once by whoever caches it. */
  async resultText(organizationId: string, id: string): Promise<string | null> {
    const rows = await queryRows<{ result: string | null }>(
      this.dataSource,
      `SELECT result::text AS result FROM team_analyses
        WHERE id = $1 AND organization_id = $2 AND status = 'completed'`,
      [id, organizationId],
    );
    return rows[0]?.result ?? null;
  }
}
