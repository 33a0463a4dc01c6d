import { MigrationInterface, QueryRunner } from 'typeorm';

export class CandidateAttempts1796293100000 implements MigrationInterface {
  name = 'CandidateAttempts1796293100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_714565ad6622b27e13c6e4559b" ON "assessments"  ("expires_at") WHERE status IN ('invited', 'started') AND reminder_sent_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_46ff6ff178b1c57ca52e766e12" ON "assessments"  ("job_role_id", "candidate_email", "submitted_at") WHERE status = 'submitted'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_46ff6ff178b1c57ca52e766e12"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_714565ad6622b27e13c6e4559b"`);
  }
}
