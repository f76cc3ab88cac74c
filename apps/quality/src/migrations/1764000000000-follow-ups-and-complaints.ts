import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpsAndComplaints1764000000000 implements MigrationInterface {
  name = 'FollowUpsAndComplaints1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE "quality"."complaint_no_seq"`);
    await queryRunner.query(
      `CREATE TABLE "quality"."follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_no" character varying(20) NOT NULL, "customer_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "outcome" character varying(20), "method" character varying(20), "methods_tried" jsonb NOT NULL DEFAULT '[]', "repair_quality" smallint, "timeliness" smallint, "attitude" smallint, "overall" smallint, "problem_raised" boolean, "surveyed_at" TIMESTAMP WITH TIME ZONE, "complaint_no" character varying(20), "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_follow_up_case_no" UNIQUE ("case_no"), CONSTRAINT "PK_follow_up" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_follow_up_customer" ON "quality"."follow_up" ("customer_id")`);
    await queryRunner.query(
      `CREATE TABLE "quality"."complaint" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "complaint_no" character varying(20) NOT NULL, "customer_id" uuid NOT NULL, "case_no" character varying(20), "source" character varying(20) NOT NULL, "source_key" character varying(60), "status" character varying(20) NOT NULL, "matter" text, "department" character varying(30), "remedy" character varying(30), "head_rejections" integer NOT NULL DEFAULT 0, "satisfied" boolean, "root_cause" character varying(30), "escalations" jsonb NOT NULL DEFAULT '[]', "steps" jsonb NOT NULL DEFAULT '[]', "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "promised_reply_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_complaint_no" UNIQUE ("complaint_no"), CONSTRAINT "UQ_complaint_source_key" UNIQUE ("source_key"), CONSTRAINT "PK_complaint" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_complaint_customer" ON "quality"."complaint" ("customer_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "quality"."IDX_complaint_customer"`);
    await queryRunner.query(`DROP TABLE "quality"."complaint"`);
    await queryRunner.query(`DROP INDEX "quality"."IDX_follow_up_customer"`);
    await queryRunner.query(`DROP TABLE "quality"."follow_up"`);
    await queryRunner.query(`DROP SEQUENCE "quality"."complaint_no_seq"`);
  }
}
