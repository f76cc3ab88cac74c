import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outlets with establishment steps and training, annual surveys, work-order offers and the network policy. */
export class OutletNetwork1763920000000 implements MigrationInterface {
  name = 'OutletNetwork1763920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "outlets"."outlet" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "kind" character varying(20) NOT NULL, "name_zh" character varying(100) NOT NULL, "name_en" character varying(100) NOT NULL, "address" character varying(200) NOT NULL, "city" character varying(50) NOT NULL, "province" character varying(50) NOT NULL, "lat" double precision NOT NULL, "lon" double precision NOT NULL, "coverage_radius_km" double precision, "coverage_regions" character varying(50) array NOT NULL, "daily_capacity" integer NOT NULL, "status" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_outlet_code" UNIQUE ("code"), CONSTRAINT "PK_outlet" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_outlet_status" ON "outlets"."outlet" ("status")`);
    await queryRunner.query(`CREATE TABLE "outlets"."outlet_establishment_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "outlet_id" uuid NOT NULL, "sequence" integer NOT NULL, "step" character varying(20) NOT NULL, "actor_id" character varying(64) NOT NULL, "actor_role" character varying(30) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_outlet_establishment_step_sequence" UNIQUE ("outlet_id", "sequence"), CONSTRAINT "PK_outlet_establishment_step" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "outlets"."outlet_training" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "outlet_id" uuid NOT NULL, "employee_no" character varying(32) NOT NULL, "course" character varying(100) NOT NULL, "completed_on" date NOT NULL, "certified_category" character varying(30), "certificate_no" character varying(50), "certificate_expires_on" date, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_outlet_training" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_outlet_training_outlet" ON "outlets"."outlet_training" ("outlet_id", "employee_no")`);
    await queryRunner.query(`CREATE TABLE "outlets"."outlet_survey" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "outlet_id" uuid NOT NULL, "year" integer NOT NULL, "score" integer NOT NULL, "demands" jsonb NOT NULL, "rectification_status" character varying(20), "rectification_due_at" TIMESTAMP WITH TIME ZONE, "escalated_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_outlet_survey_year" UNIQUE ("outlet_id", "year"), CONSTRAINT "PK_outlet_survey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "outlets"."work_order_offer" ("work_order_id" uuid NOT NULL, "case_no" character varying(20) NOT NULL, "site_province" character varying(50) NOT NULL, "site_lat" double precision NOT NULL, "site_lon" double precision NOT NULL, "status" character varying(20) NOT NULL, "outlet_id" uuid, "response_seconds" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_work_order_offer" PRIMARY KEY ("work_order_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_work_order_offer_outlet" ON "outlets"."work_order_offer" ("outlet_id", "status")`);
    await queryRunner.query(`CREATE TABLE "outlets"."work_order_offer_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "work_order_id" uuid NOT NULL, "outlet_id" uuid NOT NULL, "attempt" integer NOT NULL, "distance_km" double precision NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "outcome" character varying(20), "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_work_order_offer_attempt_outlet" UNIQUE ("work_order_id", "outlet_id"), CONSTRAINT "PK_work_order_offer_attempt" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "outlets"."outlet_policy" ("id" character varying(20) NOT NULL, "offer_response_seconds" integer NOT NULL, "rectification_period_seconds" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_outlet_policy" PRIMARY KEY ("id"))`);
    // Defaults: an outsourced outlet answers within 2 hours; rectification is due 30 days after the survey.
    await queryRunner.query(`INSERT INTO "outlets"."outlet_policy" ("id", "offer_response_seconds", "rectification_period_seconds") VALUES ('network', 7200, 2592000)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "outlets"."outlet_policy"`);
    await queryRunner.query(`DROP TABLE "outlets"."work_order_offer_attempt"`);
    await queryRunner.query(`DROP INDEX "outlets"."IDX_work_order_offer_outlet"`);
    await queryRunner.query(`DROP TABLE "outlets"."work_order_offer"`);
    await queryRunner.query(`DROP TABLE "outlets"."outlet_survey"`);
    await queryRunner.query(`DROP INDEX "outlets"."IDX_outlet_training_outlet"`);
    await queryRunner.query(`DROP TABLE "outlets"."outlet_training"`);
    await queryRunner.query(`DROP TABLE "outlets"."outlet_establishment_step"`);
    await queryRunner.query(`DROP INDEX "outlets"."IDX_outlet_status"`);
    await queryRunner.query(`DROP TABLE "outlets"."outlet"`);
  }
}
