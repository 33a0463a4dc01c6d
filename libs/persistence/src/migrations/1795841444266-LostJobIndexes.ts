import { MigrationInterface, QueryRunner } from 'typeorm';

export class LostJobIndexes1795841444266 implements MigrationInterface {
  name = 'LostJobIndexes1795841444266';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_5e3c6847b2040e5a21ce3c180f" ON "outbox_messages"  ("job_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_team_analyses_unfinished" ON "team_analyses"  ("created_at") WHERE status IN ('queued', 'running')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_reliability_runs_unfinished" ON "reliability_runs"  ("created_at") WHERE status IN ('queued', 'running')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_reliability_runs_unfinished"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_team_analyses_unfinished"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e3c6847b2040e5a21ce3c180f"`);
  }
}
