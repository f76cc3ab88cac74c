import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether the assigned technician is based outside the site's province (the in-/out-of-province on-site
 * variant); the technician's phone and every attempt to tell a technician of their work.
 */
export class TechnicianContactAndProvince1764000000000 implements MigrationInterface {
  name = 'TechnicianContactAndProvince1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dispatch"."work_order_assignment" ADD "out_of_province" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "dispatch"."technician" ADD "phone" character varying(20)`);
    await queryRunner.query(`CREATE TABLE "dispatch"."technician_notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "work_order_id" uuid NOT NULL, "technician_id" uuid NOT NULL, "key" character varying(120) NOT NULL, "template" character varying(40) NOT NULL, "channel" character varying(10), "outcome" character varying(20) NOT NULL, "http_status" integer, "error" text, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_technician_notification" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_technician_notification_work_order_time" ON "dispatch"."technician_notification" ("work_order_id", "attempted_at")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_technician_notification_settled" ON "dispatch"."technician_notification" ("work_order_id", "technician_id", "key") WHERE "outcome" <> 'failed'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "dispatch"."UQ_technician_notification_settled"`);
    await queryRunner.query(`DROP INDEX "dispatch"."IDX_technician_notification_work_order_time"`);
    await queryRunner.query(`DROP TABLE "dispatch"."technician_notification"`);
    await queryRunner.query(`ALTER TABLE "dispatch"."technician" DROP COLUMN "phone"`);
    await queryRunner.query(`ALTER TABLE "dispatch"."work_order_assignment" DROP COLUMN "out_of_province"`);
  }
}
