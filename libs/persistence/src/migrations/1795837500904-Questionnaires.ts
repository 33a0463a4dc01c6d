import { MigrationInterface, QueryRunner } from 'typeorm';

export class Questionnaires1795837500904 implements MigrationInterface {
  name = 'Questionnaires1795837500904';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "questionnaires" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "published_version" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a01d7cdea895ed9796b29233610" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_edec1cb6ec90f3159ae97e6ceb" ON "questionnaires"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "questionnaire_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "questionnaire_id" uuid NOT NULL, "version" integer NOT NULL, "status" text NOT NULL, "title" text NOT NULL, "locales" jsonb NOT NULL, "scale" jsonb NOT NULL, "items" jsonb NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c479103f1b00bf6755ffd1f3d2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_85be9d596c69808ff93ee70764" ON "questionnaire_versions"  ("questionnaire_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "job_role_id" uuid NOT NULL, "questionnaire_version_id" uuid NOT NULL, "candidate_name" text NOT NULL, "candidate_email" text NOT NULL, "locale" text NOT NULL DEFAULT 'en', "source" text NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT 'invited', "answers" jsonb NOT NULL DEFAULT '{}', "preview_id" uuid, "preview_version" integer, "started_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "fit" double precision, "eligible" boolean, "dimension_scores" jsonb, "scores" jsonb, "knockouts_failed" jsonb, "minimums_missed" jsonb, "profile_used" jsonb, "likert_keyed" smallint array, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3442bd80a00e9111cefca57f6c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_85bb5a0f7ac842ff7203a801b7" ON "assessments"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8e856f4cd5c716a54a8d05225e" ON "assessments"  ("questionnaire_version_id", "id") WHERE status = 'submitted'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f7563bff5761d175174275e7f0" ON "assessments"  ("job_role_id", "questionnaire_version_id", "fit") WHERE status = 'submitted'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_463c37f90369bfe32fdadffc70" ON "assessments"  ("job_role_id", "candidate_email") WHERE status IN ('invited', 'started')`,
    );
    await queryRunner.query(
      `CREATE TABLE "assessment_applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "assessment_id" uuid NOT NULL, "preview_id" uuid NOT NULL, "preview_version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6a094fb00238c2a95eb02c3f1d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7b0d3de95a26cd8e7d17bbdd46" ON "assessment_applications"  ("assessment_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9ac75422cf29005e6dbf232eec" ON "assessment_applications"  ("preview_id", "preview_version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reliability_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "questionnaire_id" uuid NOT NULL, "questionnaire_version_id" uuid NOT NULL, "version" integer NOT NULL, "status" text NOT NULL, "error" text, "result" jsonb, "n" integer, "attempts" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "duration_ms" integer, CONSTRAINT "PK_4ecc0c71c48b6653dabb565a02a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7b32dc77bd806667bba99f156e" ON "reliability_runs"  ("questionnaire_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaires" ADD CONSTRAINT "FK_ca3bf3e8e3faabf632bc0338822" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire_versions" ADD CONSTRAINT "FK_21997d5dc0c3a12b719940014c8" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaires"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "FK_15a2f28059f1d0e8454a82e2254" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "FK_a3a9aa53f84b616ce1f7268985a" FOREIGN KEY ("job_role_id") REFERENCES "job_roles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "FK_4628237c276b1177052173189cf" FOREIGN KEY ("questionnaire_version_id") REFERENCES "questionnaire_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_applications" ADD CONSTRAINT "FK_7b0d3de95a26cd8e7d17bbdd46d" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_applications" ADD CONSTRAINT "FK_a2fd3ba9c67c325e6df9ff54542" FOREIGN KEY ("preview_id") REFERENCES "job_previews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reliability_runs" ADD CONSTRAINT "FK_343bed90795811e009049d4a1da" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaires"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reliability_runs" ADD CONSTRAINT "FK_f1bdc60ddb15873629658de19bc" FOREIGN KEY ("questionnaire_version_id") REFERENCES "questionnaire_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "reliability_runs" DROP CONSTRAINT "FK_f1bdc60ddb15873629658de19bc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reliability_runs" DROP CONSTRAINT "FK_343bed90795811e009049d4a1da"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_applications" DROP CONSTRAINT "FK_a2fd3ba9c67c325e6df9ff54542"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_applications" DROP CONSTRAINT "FK_7b0d3de95a26cd8e7d17bbdd46d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" DROP CONSTRAINT "FK_4628237c276b1177052173189cf"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" DROP CONSTRAINT "FK_a3a9aa53f84b616ce1f7268985a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" DROP CONSTRAINT "FK_15a2f28059f1d0e8454a82e2254"`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire_versions" DROP CONSTRAINT "FK_21997d5dc0c3a12b719940014c8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaires" DROP CONSTRAINT "FK_ca3bf3e8e3faabf632bc0338822"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_7b32dc77bd806667bba99f156e"`);
    await queryRunner.query(`DROP TABLE "reliability_runs"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9ac75422cf29005e6dbf232eec"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7b0d3de95a26cd8e7d17bbdd46"`);
    await queryRunner.query(`DROP TABLE "assessment_applications"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_463c37f90369bfe32fdadffc70"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f7563bff5761d175174275e7f0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8e856f4cd5c716a54a8d05225e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_85bb5a0f7ac842ff7203a801b7"`);
    await queryRunner.query(`DROP TABLE "assessments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_85be9d596c69808ff93ee70764"`);
    await queryRunner.query(`DROP TABLE "questionnaire_versions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_edec1cb6ec90f3159ae97e6ceb"`);
    await queryRunner.query(`DROP TABLE "questionnaires"`);
  }
}
