import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TeamAnalysisEntity } from '../entities';
import { queryRows } from '../query-rows';
import type { Tx } from './transactions';

export type TeamAnalysisRecord = Omit<
  TeamAnalysisEntity,
  'team' | 'organizationId' | 'snapshotHash' | 'snapshot' | 'attempts'
>;

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

  /** Stores the map unless already completed; true when this call completed it. */
  async markCompleted(id: string, result: unknown): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE team_analyses SET status = 'completed', progress = 100, result = $2, completed_at = now()
        WHERE id = $1 AND status <> 'completed' RETURNING id`,
      [id, JSON.stringify(result)],
    );
    return rows.length > 0;
  }

  async markFailed(id: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE team_analyses SET status = 'failed', error = $2 WHERE id = $1 AND status <> 'completed'`,
      [id, reason],
    );
  }
}
