import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reaction may carry the client's Idempotency-Key; the same key on the same preview is
 * recorded once, so a double click (or a retried request) never counts twice.
 */
export class ReactionIdempotencyKey1796290000000 implements MigrationInterface {
  name = 'ReactionIdempotencyKey1796290000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "preview_reactions" ADD "idempotency_key" text`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_preview_reactions_idempotency_key" ON "preview_reactions" ("preview_id", "idempotency_key") WHERE idempotency_key IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_preview_reactions_idempotency_key"`);
    await queryRunner.query(`ALTER TABLE "preview_reactions" DROP COLUMN "idempotency_key"`);
  }
}
