import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRows } from '../query-rows';

/**
 * Team analyses (`team_analyses`). The run lifecycle written by the worker: running → completed
 * once (never overwritten), or failed.
 */
@Injectable()
export class TeamAnalysisRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
