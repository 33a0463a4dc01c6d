import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QuestionnaireDefinition } from '@rolefit/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { queryRows } from '../query-rows';

/** The submissions of one questionnaire version, read inside one snapshot. */
export interface SubmissionSnapshot {
  /** The version's definition and status; null when it no longer exists. */
  version(): Promise<{ status: string; definition: QuestionnaireDefinition } | null>;
  /**
   * The next `limit` submitted assessments after `after` (id order) with their stored keyed
   * likert row (`keyedLikertRow`), null when none was stored.
   */
  keyedRows(after: string | null, limit: number): Promise<{ id: string; row: number[] | null }[]>;
}

/**
 * What the reliability job reads: a published questionnaire version and the keyed rows of its
 * submissions, all inside one REPEATABLE READ transaction so every chunk sees the same snapshot
 * (a submission arriving meanwhile is either wholly in or wholly out).
 */
@Injectable()
export class ReliabilityInputRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  inSnapshot<T>(versionId: string, read: (snapshot: SubmissionSnapshot) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', (tx) =>
      read(new VersionSubmissions(tx, versionId)),
    );
  }
}

class VersionSubmissions implements SubmissionSnapshot {
  constructor(
    private readonly tx: EntityManager,
    private readonly versionId: string,
  ) {}

  async version(): Promise<{ status: string; definition: QuestionnaireDefinition } | null> {
    const rows = await queryRows<QuestionnaireDefinition & { status: string }>(
      this.tx,
      `SELECT status, title, locales, scale, items FROM questionnaire_versions WHERE id = $1`,
      [this.versionId],
    );
    if (rows.length === 0) return null;
    const { status, title, locales, scale, items } = rows[0];
    return { status, definition: { title, locales, scale, items } };
  }

  async keyedRows(after: string | null, limit: number) {
    // Text, split in JS: cheaper than the driver's generic array parser for 60-wide rows.
    const rows = await queryRows<{ id: string; s: string | null }>(
      this.tx,
      `SELECT id, array_to_string(likert_keyed, ',') AS s FROM assessments
        WHERE questionnaire_version_id = $1 AND status = 'submitted'
          ${after === null ? '' : 'AND id > $3'}
        ORDER BY id LIMIT $2`,
      after === null ? [this.versionId, limit] : [this.versionId, limit, after],
    );
    return rows.map(({ id, s }) => ({ id, row: s === null ? null : s.split(',').map(Number) }));
  }
}
