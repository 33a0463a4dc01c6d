import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Dimension scores of submitted assessments, so a team member's profile can come from the
 * questionnaire they took. Only this organisation's submitted assessments are found.
 */
@Injectable()
export class AssessmentProfiles {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(organizationId: string, ids: string[]): Promise<Map<string, Record<string, number>>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; scores: Record<string, number> }[] = await this.dataSource.query(
      `SELECT id, scores FROM assessments
        WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND status = 'submitted'`,
      [organizationId, ids],
    );
    return new Map(rows.map((r) => [r.id, r.scores]));
  }
}
