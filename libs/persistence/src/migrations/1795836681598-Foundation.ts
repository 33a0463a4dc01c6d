import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795836681598 implements MigrationInterface {
  name = 'Foundation1795836681598';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "email" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_21a659804ed7bf61eb91688dea" ON "users"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users"  ("email") `,
    );
    await queryRunner.query(
      `CREATE TABLE "dimensions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "key" text NOT NULL, "name" jsonb NOT NULL, "description" jsonb NOT NULL, "kind" text NOT NULL, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_79693265d800ad0830d1ddddb41" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_14eb3b40369b5da559628c1c10" ON "dimensions"  ("organization_id", "key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "job_roles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "title" text NOT NULL, "summary" text NOT NULL DEFAULT '', "is_leadership" boolean NOT NULL DEFAULT false, "profile" jsonb NOT NULL, "channels" jsonb NOT NULL, "questionnaire_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2010ead772199469bfe54ea513b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_164e995ff091c620465057b0db" ON "job_roles"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "job_previews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "job_role_id" uuid NOT NULL, "slug" text NOT NULL, "published_version" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7471e7af5ded5731f5e144c2992" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ad7d7ba1c082f056e25b343ab0" ON "job_previews"  ("job_role_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1a5a70ccda930125bb0163ffaa" ON "job_previews"  ("slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "job_preview_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "preview_id" uuid NOT NULL, "version" integer NOT NULL, "status" text NOT NULL, "content" jsonb NOT NULL, "views" integer NOT NULL DEFAULT '0', "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f87d82e02e1e865467ffc2f8747" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8ba42930d2ca7165b4397c42f2" ON "job_preview_versions"  ("preview_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "preview_reactions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "preview_id" uuid NOT NULL, "version" integer NOT NULL, "reaction" text NOT NULL, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_308335ec50bb5f34e35fd3a82b2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d8d7f2c84f4eed1d77492ab700" ON "preview_reactions"  ("preview_id", "version") `,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_21a659804ed7bf61eb91688dea7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dimensions" ADD CONSTRAINT "FK_8c5b1e51d0f5213bd50aa793b41" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_roles" ADD CONSTRAINT "FK_bcb296db95da8d45b83a7740ef1" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_previews" ADD CONSTRAINT "FK_ad7d7ba1c082f056e25b343ab0d" FOREIGN KEY ("job_role_id") REFERENCES "job_roles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_preview_versions" ADD CONSTRAINT "FK_fd28ab338bf71d8650d8405ce90" FOREIGN KEY ("preview_id") REFERENCES "job_previews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "preview_reactions" ADD CONSTRAINT "FK_b398831e36dae6f72de891fb287" FOREIGN KEY ("preview_id") REFERENCES "job_previews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "preview_reactions" DROP CONSTRAINT "FK_b398831e36dae6f72de891fb287"`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_preview_versions" DROP CONSTRAINT "FK_fd28ab338bf71d8650d8405ce90"`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_previews" DROP CONSTRAINT "FK_ad7d7ba1c082f056e25b343ab0d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_roles" DROP CONSTRAINT "FK_bcb296db95da8d45b83a7740ef1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "dimensions" DROP CONSTRAINT "FK_8c5b1e51d0f5213bd50aa793b41"`,
    );
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_21a659804ed7bf61eb91688dea7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d8d7f2c84f4eed1d77492ab700"`);
    await queryRunner.query(`DROP TABLE "preview_reactions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8ba42930d2ca7165b4397c42f2"`);
    await queryRunner.query(`DROP TABLE "job_preview_versions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1a5a70ccda930125bb0163ffaa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ad7d7ba1c082f056e25b343ab0"`);
    await queryRunner.query(`DROP TABLE "job_previews"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_164e995ff091c620465057b0db"`);
    await queryRunner.query(`DROP TABLE "job_roles"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_14eb3b40369b5da559628c1c10"`);
    await queryRunner.query(`DROP TABLE "dimensions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_21a659804ed7bf61eb91688dea"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
  }
}
