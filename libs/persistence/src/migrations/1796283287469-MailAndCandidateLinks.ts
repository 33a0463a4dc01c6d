import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailAndCandidateLinks1796283287469 implements MigrationInterface {
  name = 'MailAndCandidateLinks1796283287469';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "recipient" text NOT NULL, "template" text NOT NULL, "locale" text NOT NULL, "params" jsonb NOT NULL, "assessment_id" uuid, "sealed_secret" text, "status" text NOT NULL DEFAULT 'queued', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1bd6e76ef3b3d4aff7d0510a509" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_91672db1a1c600228486555e1e" ON "mail_messages"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_acb1cb414823b70cf654c4e5a7" ON "mail_messages"  ("assessment_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4d418312299f24479500038c1c" ON "mail_messages"  ("status", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "assessments" ADD "token_sealed" text`);
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD "link_sent_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD "reminder_sent_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "FK_91672db1a1c600228486555e1e1" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "FK_acb1cb414823b70cf654c4e5a7d" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "mail_messages" DROP CONSTRAINT "FK_acb1cb414823b70cf654c4e5a7d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_messages" DROP CONSTRAINT "FK_91672db1a1c600228486555e1e1"`,
    );
    await queryRunner.query(`ALTER TABLE "assessments" DROP COLUMN "reminder_sent_at"`);
    await queryRunner.query(`ALTER TABLE "assessments" DROP COLUMN "link_sent_at"`);
    await queryRunner.query(`ALTER TABLE "assessments" DROP COLUMN "token_sealed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d418312299f24479500038c1c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_acb1cb414823b70cf654c4e5a7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_91672db1a1c600228486555e1e"`);
    await queryRunner.query(`DROP TABLE "mail_messages"`);
  }
}
