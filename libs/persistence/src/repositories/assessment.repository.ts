import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRows } from '../query-rows';

/** Assessments (`assessments`): one candidate taking one questionnaire version for one role. */
@Injectable()
export class AssessmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Dimension scores of this organisation's submitted assessments among `ids`, by id. */
  async submittedScores(
    organizationId: string,
    ids: string[],
  ): Promise<Map<string, Record<string, number>>> {
    if (ids.length === 0) return new Map();
    const rows = await queryRows<{ id: string; scores: Record<string, number> }>(
      this.dataSource,
      `SELECT id, scores FROM assessments
        WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND status = 'submitted'`,
      [organizationId, ids],
    );
    return new Map(rows.map((r) => [r.id, r.scores]));
  }
}
