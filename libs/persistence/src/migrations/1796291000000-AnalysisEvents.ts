import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { TEAM_ANALYSIS_HEADLINES } from '../entities/team-analysis-headlines';

const HEADLINE_COLUMNS = Object.entries(TEAM_ANALYSIS_HEADLINES);

/**
 * Every change of an analysis row is announced on the `rolefit_analysis` channel, so the API
 * can push progress (server-sent events) and drop its cached role maps the moment a worker
 * writes, whichever code path wrote. The payload is small and fixed (no result).
 */
export class AnalysisEvents1796291000000 implements MigrationInterface {
  name = 'AnalysisEvents1796291000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION rolefit_notify_analysis() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        row team_analyses%ROWTYPE;
      BEGIN
        IF TG_OP = 'DELETE' THEN row := OLD; ELSE row := NEW; END IF;
        PERFORM pg_notify('rolefit_analysis', json_build_object(
          'id', row.id, 'teamId', row.team_id, 'organizationId', row.organization_id,
          'status', CASE WHEN TG_OP = 'DELETE' THEN 'deleted' ELSE row.status END,
          'progress', row.progress)::text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER team_analyses_notify
        AFTER INSERT OR UPDATE OR DELETE ON team_analyses
        FOR EACH ROW EXECUTE FUNCTION rolefit_notify_analysis()`);
    // The history's figures, taken from the result once when it is written (reading them from
    // the jsonb on every history page would decompress whole maps, megabytes for big teams).
    // addColumn (not raw SQL) so TypeORM records each expression in typeorm_metadata, where
    // its schema comparison (and the drift check) looks for it.
    for (const [column, expression] of HEADLINE_COLUMNS) {
      await queryRunner.addColumn(
        'team_analyses',
        new TableColumn({
          name: column,
          type: expression.type,
          isNullable: true,
          generatedType: 'STORED',
          asExpression: expression.sql,
        }),
      );
    }
    // The team's history, newest first.
    await queryRunner.query(
      `CREATE INDEX "IDX_team_analyses_history" ON "team_analyses" ("team_id", "created_at", "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_team_analyses_history"`);
    for (const [column] of HEADLINE_COLUMNS) {
      await queryRunner.dropColumn('team_analyses', column);
    }
    await queryRunner.query(`DROP TRIGGER team_analyses_notify ON team_analyses`);
    await queryRunner.query(`DROP FUNCTION rolefit_notify_analysis()`);
  }
}
