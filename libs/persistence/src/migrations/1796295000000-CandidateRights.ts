import { MigrationInterface, QueryRunner } from 'typeorm';

export class CandidateRights1796295000000 implements MigrationInterface {
  name = 'CandidateRights1796295000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assessments" DROP CONSTRAINT "FK_a3a9aa53f84b616ce1f7268985a"`,
    );
    await queryRunner.query(
      `CREATE TABLE "privacy_notice_versions" ("organization_id" uuid NOT NULL, "version" integer NOT NULL, "text" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fc2951eddd55e960c33f7a573f7" PRIMARY KEY ("organization_id", "version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "assessment_decisions" ("id" BIGSERIAL NOT NULL, "organization_id" uuid NOT NULL, "assessment_id" uuid NOT NULL, "stage" text NOT NULL, "reason" text, "actor" text NOT NULL, "user_id" uuid, "user_name" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_592b09aab9d4415eb34eae83ebb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0e720f8198dd7da90a1195fda2" ON "assessment_decisions"  ("assessment_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "organization_id" uuid NOT NULL, "actor_type" text NOT NULL, "actor_user_id" uuid, "actor_role" text, "action" text NOT NULL, "subject_type" text NOT NULL, "subject_id" text, "details" jsonb NOT NULL DEFAULT '{}', "address" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_29b7786b58e504f4f044ad8b7e" ON "audit_events"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "retention_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period" text NOT NULL, "status" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "stats" jsonb, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_80f0aec401112f8d4bad156a908" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_152dc32baecfbca48664d6ec68" ON "retention_runs"  ("period") `,
    );
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD "retention_months" integer NOT NULL DEFAULT '6'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD "share_results_with_candidates" boolean NOT NULL DEFAULT true`,
    );
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD "privacy_notice_version" integer NOT NULL DEFAULT '1'`,
    );
    await queryRunner.query(`ALTER TABLE "job_roles" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "team_members" ADD "anonymized_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_analyses" ADD "anonymized_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD "stage" text NOT NULL DEFAULT 'invited'`,
    );
    await queryRunner.query(`ALTER TABLE "assessments" ADD "privacy_notice_version" integer`);
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD "anonymized_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_applications" ADD "privacy_notice_version" integer`,
    );
    // Existing candidates get the stage their status implies.
    await queryRunner.query(
      `UPDATE "assessments" SET "stage" = CASE WHEN "status" = 'submitted' THEN 'assessed' WHEN "source" = 'application' THEN 'applied' ELSE 'invited' END`,
    );
    // The audit log is append-only: no UPDATE, whoever asks (retention may DELETE old rows).
    await queryRunner.query(
      `CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_events rows cannot be changed'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_assessments_retention" ON "assessments"  ("updated_at") WHERE anonymized_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "FK_a3a9aa53f84b616ce1f7268985a" FOREIGN KEY ("job_role_id") REFERENCES "job_roles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "privacy_notice_versions" ADD CONSTRAINT "FK_26e86caec7fdb260dcc503b37b4" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_decisions" ADD CONSTRAINT "FK_7ec27063c38016b0decdd9b2231" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "FK_6510e4bf7423cd3d750e8c2ae81" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_events_no_update ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
    await queryRunner.query(
      `ALTER TABLE "audit_events" DROP CONSTRAINT "FK_6510e4bf7423cd3d750e8c2ae81"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_decisions" DROP CONSTRAINT "FK_7ec27063c38016b0decdd9b2231"`,
    );
    await queryRunner.query(
      `ALTER TABLE "privacy_notice_versions" DROP CONSTRAINT "FK_26e86caec7fdb260dcc503b37b4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" DROP CONSTRAINT "FK_a3a9aa53f84b616ce1f7268985a"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_assessments_retention"`);
    await queryRunner.query(
      `ALTER TABLE "assessment_applications" DROP COLUMN "privacy_notice_version"`,
    );
    await queryRunner.query(`ALTER TABLE "assessments" DROP COLUMN "anonymized_at"`);
    await queryRunner.query(`ALTER TABLE "assessments" DROP COLUMN "privacy_notice_version"`);
    await queryRunner.query(`ALTER TABLE "assessments" DROP COLUMN "stage"`);
    await queryRunner.query(`ALTER TABLE "team_analyses" DROP COLUMN "anonymized_at"`);
    await queryRunner.query(`ALTER TABLE "team_members" DROP COLUMN "anonymized_at"`);
    await queryRunner.query(`ALTER TABLE "job_roles" DROP COLUMN "archived_at"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "privacy_notice_version"`);
    await queryRunner.query(
      `ALTER TABLE "organizations" DROP COLUMN "share_results_with_candidates"`,
    );
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "retention_months"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_152dc32baecfbca48664d6ec68"`);
    await queryRunner.query(`DROP TABLE "retention_runs"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_29b7786b58e504f4f044ad8b7e"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e720f8198dd7da90a1195fda2"`);
    await queryRunner.query(`DROP TABLE "assessment_decisions"`);
    await queryRunner.query(`DROP TABLE "privacy_notice_versions"`);
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "FK_a3a9aa53f84b616ce1f7268985a" FOREIGN KEY ("job_role_id") REFERENCES "job_roles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
