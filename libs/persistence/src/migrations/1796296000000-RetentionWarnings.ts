import { MigrationInterface, QueryRunner } from 'typeorm';

/** Candidates are warned by email a week before retention anonymises their data, once. */
export class RetentionWarnings1796296000000 implements MigrationInterface {
  name = 'RetentionWarnings1796296000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD "retention_warned_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessments" DROP COLUMN "retention_warned_at"`);
  }
}
