import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Technicians with certifications and per-day load, site hazards, work orders with their assignments,
 * hazard acknowledgements, repair records and loaners. Generated from the entities (no drift).
 */
export class DispatchWorkOrders1763910000000 implements MigrationInterface {
  name = 'DispatchWorkOrders1763910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "dispatch"."site_hazard" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "site_id" character varying(64) NOT NULL, "type" character varying(30) NOT NULL, "note" text, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_site_hazard" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_site_hazard_site" ON "dispatch"."site_hazard" ("site_id")`);
    await queryRunner.query(`CREATE TABLE "dispatch"."technician" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_no" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "skills" character varying(30) array NOT NULL, "outlet_id" character varying(50) NOT NULL, "province" character varying(50) NOT NULL, "lat" double precision NOT NULL, "lon" double precision NOT NULL, "daily_capacity" integer NOT NULL, "work_start" character(5) NOT NULL, "work_end" character(5) NOT NULL, "status" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_technician_employee_no" UNIQUE ("employee_no"), CONSTRAINT "PK_technician" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_technician_status" ON "dispatch"."technician" ("status")`);
    await queryRunner.query(`CREATE TABLE "dispatch"."technician_certification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "technician_id" uuid NOT NULL, "category" character varying(30) NOT NULL, "certificate_no" character varying(50) NOT NULL, "issued_on" date NOT NULL, "expires_on" date NOT NULL, CONSTRAINT "UQ_technician_certification_no" UNIQUE ("technician_id", "category", "certificate_no"), CONSTRAINT "PK_technician_certification" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "dispatch"."technician_day_load" ("technician_id" uuid NOT NULL, "service_date" date NOT NULL, "assigned" integer NOT NULL DEFAULT '0', "capacity" integer NOT NULL, CONSTRAINT "CHK_technician_day_load_within_capacity" CHECK ("assigned" >= 0 AND "assigned" <= "capacity"), CONSTRAINT "PK_technician_day_load" PRIMARY KEY ("technician_id", "service_date"))`);
    await queryRunner.query(`CREATE TABLE "dispatch"."work_order" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_no" character varying(20) NOT NULL, "status" character varying(30) NOT NULL, "product_category" character varying(30) NOT NULL, "service_type" character varying(30) NOT NULL, "required_skill" character varying(30) NOT NULL, "place" character varying(10) NOT NULL, "outlet_id" character varying(50), "site_id" character varying(64) NOT NULL, "site_province" character varying(50) NOT NULL, "site_lat" double precision NOT NULL, "site_lon" double precision NOT NULL, "service_date" date NOT NULL, "technician_id" uuid, "expected_arrival_at" TIMESTAMP WITH TIME ZONE, "appointment_confirmed_at" TIMESTAMP WITH TIME ZONE, "appointment_channel" character varying(20), "checked_in_at" TIMESTAMP WITH TIME ZONE, "signed_off_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_work_order" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_work_order_technician" ON "dispatch"."work_order" ("technician_id", "service_date")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_work_order_open_case" ON "dispatch"."work_order" ("case_no") WHERE "closed_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "dispatch"."hazard_acknowledgement" ("work_order_id" uuid NOT NULL, "hazard_id" uuid NOT NULL, "technician_id" uuid NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_hazard_acknowledgement" PRIMARY KEY ("work_order_id", "hazard_id", "technician_id"))`);
    await queryRunner.query(`CREATE TABLE "dispatch"."loaner" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "work_order_id" uuid NOT NULL, "case_no" character varying(20) NOT NULL, "serial_no" character varying(64) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "returned_at" TIMESTAMP WITH TIME ZONE, "return_condition" character varying(10), CONSTRAINT "PK_loaner" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_loaner_work_order" ON "dispatch"."loaner" ("work_order_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_loaner_out_serial" ON "dispatch"."loaner" ("serial_no") WHERE "returned_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "dispatch"."service_record" ("work_order_id" uuid NOT NULL, "place" character varying(10) NOT NULL, "diagnosis" text, "repair_plan" text, "consent_given" boolean, "consent_at" TIMESTAMP WITH TIME ZONE, "parts_used" jsonb NOT NULL, "test_outcome" character varying(10), "test_note" text, "latent_problems" jsonb NOT NULL, "signed_by" character varying(100), "signed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_service_record" PRIMARY KEY ("work_order_id"))`);
    await queryRunner.query(`CREATE TABLE "dispatch"."work_order_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "work_order_id" uuid NOT NULL, "technician_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "service_date" date NOT NULL, "distance_km" double precision NOT NULL, "day_load" integer NOT NULL, "daily_capacity" integer NOT NULL, "candidates_considered" integer NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" character varying(20), "end_note" text, CONSTRAINT "PK_work_order_assignment" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_work_order_assignment_work_order" ON "dispatch"."work_order_assignment" ("work_order_id")`);
    await queryRunner.query(`ALTER TABLE "dispatch"."technician_certification" ADD CONSTRAINT "FK_technician_certification_technician" FOREIGN KEY ("technician_id") REFERENCES "dispatch"."technician"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dispatch"."technician_day_load" ADD CONSTRAINT "FK_technician_day_load_technician" FOREIGN KEY ("technician_id") REFERENCES "dispatch"."technician"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dispatch"."work_order" ADD CONSTRAINT "FK_work_order_technician" FOREIGN KEY ("technician_id") REFERENCES "dispatch"."technician"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dispatch"."hazard_acknowledgement" ADD CONSTRAINT "FK_hazard_acknowledgement_work_order" FOREIGN KEY ("work_order_id") REFERENCES "dispatch"."work_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dispatch"."hazard_acknowledgement" ADD CONSTRAINT "FK_hazard_acknowledgement_hazard" FOREIGN KEY ("hazard_id") REFERENCES "dispatch"."site_hazard"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dispatch"."hazard_acknowledgement" ADD CONSTRAINT "FK_hazard_acknowledgement_technician" FOREIGN KEY ("technician_id") REFERENCES "dispatch"."technician"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dispatch"."loaner" ADD CONSTRAINT "FK_loaner_work_order" FOREIGN KEY ("work_order_id") REFERENCES "dispatch"."work_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dispatch"."service_record" ADD CONSTRAINT "FK_service_record_work_order" FOREIGN KEY ("work_order_id") REFERENCES "dispatch"."work_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dispatch"."work_order_assignment" ADD CONSTRAINT "FK_work_order_assignment_work_order" FOREIGN KEY ("work_order_id") REFERENCES "dispatch"."work_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dispatch"."work_order_assignment" ADD CONSTRAINT "FK_work_order_assignment_technician" FOREIGN KEY ("technician_id") REFERENCES "dispatch"."technician"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dispatch"."work_order_assignment" DROP CONSTRAINT "FK_work_order_assignment_technician"`);
    await queryRunner.query(`ALTER TABLE "dispatch"."work_order_assignment" DROP CONSTRAINT "FK_work_order_assignment_work_order"`);
    await queryRunner.query(`ALTER TABLE "dispatch"."service_record" DROP CONSTRAINT "FK_service_record_work_order"`);
    await queryRunner.query(`ALTER TABLE "dispatch"."loaner" DROP CONSTRAINT "FK_loaner_work_order"`);
    await queryRunner.query(`ALTER TABLE "dispatch"."hazard_acknowledgement" DROP CONSTRAINT "FK_hazard_acknowledgement_technician"`);
    await queryRunner.query(`ALTER TABLE "dispatch"."hazard_acknowledgement" DROP CONSTRAINT "FK_hazard_acknowledgement_hazard"`);
    await queryRunner.query(`ALTER TABLE "dispatch"."hazard_acknowledgement" DROP CONSTRAINT "FK_hazard_acknowledgement_work_order"`);
    await queryRunner.query(`ALTER TABLE "dispatch"."work_order" DROP CONSTRAINT "FK_work_order_technician"`);
    await queryRunner.query(`ALTER TABLE "dispatch"."technician_day_load" DROP CONSTRAINT "FK_technician_day_load_technician"`);
    await queryRunner.query(`ALTER TABLE "dispatch"."technician_certification" DROP CONSTRAINT "FK_technician_certification_technician"`);
    await queryRunner.query(`DROP INDEX "dispatch"."IDX_work_order_assignment_work_order"`);
    await queryRunner.query(`DROP TABLE "dispatch"."work_order_assignment"`);
    await queryRunner.query(`DROP TABLE "dispatch"."service_record"`);
    await queryRunner.query(`DROP INDEX "dispatch"."UQ_loaner_out_serial"`);
    await queryRunner.query(`DROP INDEX "dispatch"."IDX_loaner_work_order"`);
    await queryRunner.query(`DROP TABLE "dispatch"."loaner"`);
    await queryRunner.query(`DROP TABLE "dispatch"."hazard_acknowledgement"`);
    await queryRunner.query(`DROP INDEX "dispatch"."UQ_work_order_open_case"`);
    await queryRunner.query(`DROP INDEX "dispatch"."IDX_work_order_technician"`);
    await queryRunner.query(`DROP TABLE "dispatch"."work_order"`);
    await queryRunner.query(`DROP TABLE "dispatch"."technician_day_load"`);
    await queryRunner.query(`DROP TABLE "dispatch"."technician_certification"`);
    await queryRunner.query(`DROP INDEX "dispatch"."IDX_technician_status"`);
    await queryRunner.query(`DROP TABLE "dispatch"."technician"`);
    await queryRunner.query(`DROP INDEX "dispatch"."IDX_site_hazard_site"`);
    await queryRunner.query(`DROP TABLE "dispatch"."site_hazard"`);
  }
}
