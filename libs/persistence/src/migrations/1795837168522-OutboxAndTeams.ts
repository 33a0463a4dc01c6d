import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxAndTeams1795837168522 implements MigrationInterface {
  name = 'OutboxAndTeams1795837168522';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox_messages" ("id" BIGSERIAL NOT NULL, "queue" text NOT NULL, "job_name" text NOT NULL, "job_id" text NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c175269ace2116a97f49657c83" ON "outbox_messages"  ("dispatched_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "teams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "manager_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fabb913e764bc18b9f4baed7a1" ON "teams"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "team_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "team_id" uuid NOT NULL, "name" text NOT NULL, "email" text, "current_job_role_id" uuid, "profile" jsonb NOT NULL, "assessment_id" uuid, "performance" double precision, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca3eae89dcf20c9fd95bf7460aa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fdad7d5768277e60c40e01cdce" ON "team_members"  ("team_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "team_requirements" ("team_id" uuid NOT NULL, "job_role_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "slots" integer NOT NULL, CONSTRAINT "PK_54ab836712f8509eb4b71233809" PRIMARY KEY ("team_id", "job_role_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "team_analyses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "team_id" uuid NOT NULL, "snapshot_hash" text NOT NULL, "snapshot" jsonb NOT NULL, "status" text NOT NULL, "progress" integer NOT NULL DEFAULT '0', "result" jsonb, "error" text, "attempts" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b21cfb8f914b8dcd9a4f4aeefd7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_85b03fcedfd05c99cc8e6796ba" ON "team_analyses"  ("team_id", "completed_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3ab7184558a4ac228ca0808bcd" ON "team_analyses"  ("team_id", "snapshot_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "teams" ADD CONSTRAINT "FK_fdc736f761896ccc179c823a785" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_members" ADD CONSTRAINT "FK_fdad7d5768277e60c40e01cdcea" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_members" ADD CONSTRAINT "FK_e7dd7b481fca44216843a9dd87c" FOREIGN KEY ("current_job_role_id") REFERENCES "job_roles"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_requirements" ADD CONSTRAINT "FK_6f15452b3997f0e5006c118038f" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_requirements" ADD CONSTRAINT "FK_d8a028a421f087b3361dbdfd9e3" FOREIGN KEY ("job_role_id") REFERENCES "job_roles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_analyses" ADD CONSTRAINT "FK_d95b2f7ce8c04254f2296b52d68" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "team_analyses" DROP CONSTRAINT "FK_d95b2f7ce8c04254f2296b52d68"`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_requirements" DROP CONSTRAINT "FK_d8a028a421f087b3361dbdfd9e3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_requirements" DROP CONSTRAINT "FK_6f15452b3997f0e5006c118038f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_members" DROP CONSTRAINT "FK_e7dd7b481fca44216843a9dd87c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_members" DROP CONSTRAINT "FK_fdad7d5768277e60c40e01cdcea"`,
    );
    await queryRunner.query(`ALTER TABLE "teams" DROP CONSTRAINT "FK_fdc736f761896ccc179c823a785"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ab7184558a4ac228ca0808bcd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_85b03fcedfd05c99cc8e6796ba"`);
    await queryRunner.query(`DROP TABLE "team_analyses"`);
    await queryRunner.query(`DROP TABLE "team_requirements"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fdad7d5768277e60c40e01cdce"`);
    await queryRunner.query(`DROP TABLE "team_members"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fabb913e764bc18b9f4baed7a1"`);
    await queryRunner.query(`DROP TABLE "teams"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c175269ace2116a97f49657c83"`);
    await queryRunner.query(`DROP TABLE "outbox_messages"`);
  }
}
