import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Price list versions, quotes, invoices, money movements (payments, refunds, compensations),
 * retentions and manufacturer claims. Generated from the entities (no drift).
 */
export class BillingAccounts1763920000000 implements MigrationInterface {
  name = 'BillingAccounts1763920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "billing"."invoice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_no" character varying(20) NOT NULL, "quote_id" uuid NOT NULL, "currency" character(3) NOT NULL, "lines" jsonb NOT NULL, "list_total_minor" bigint NOT NULL, "customer_total_minor" bigint NOT NULL, "payment_term" character varying(20) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "outlet_id" character varying(50) NOT NULL, "outsourced" boolean NOT NULL, "serial_no" character varying(50) NOT NULL, "maker" character varying(50) NOT NULL, "fault_code" character varying(50) NOT NULL, "settlement_signed_by" character varying(100), "settlement_signed_at" TIMESTAMP WITH TIME ZONE, "reminders_sent" integer NOT NULL DEFAULT '0', "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_invoice_case" UNIQUE ("case_no"), CONSTRAINT "PK_invoice" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_invoice_outlet_completed" ON "billing"."invoice"("outlet_id", "completed_at")`);
    await queryRunner.query(`CREATE TABLE "billing"."manufacturer_claim" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_no" character varying(20) NOT NULL, "maker" character varying(50) NOT NULL, "serial_no" character varying(50) NOT NULL, "fault_code" character varying(50) NOT NULL, "period" character(7) NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "duplicate_of" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_manufacturer_claim_case" UNIQUE ("case_no"), CONSTRAINT "PK_manufacturer_claim" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_manufacturer_claim_unit_fault_period" ON "billing"."manufacturer_claim"("maker", "serial_no", "fault_code", "period")`);
    await queryRunner.query(`CREATE TABLE "billing"."money_movement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_no" character varying(20) NOT NULL, "kind" character varying(20) NOT NULL, "reference" character varying(64) NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "reason" character varying(30), "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_money_movement_reference" UNIQUE ("case_no", "kind", "reference"), CONSTRAINT "PK_money_movement" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_money_movement_case" ON "billing"."money_movement"("case_no")`);
    await queryRunner.query(`CREATE TABLE "billing"."quote" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_no" character varying(20) NOT NULL, "price_list_version" character varying(40) NOT NULL, "status" character varying(20) NOT NULL, "difficulty" character varying(20) NOT NULL, "currency" character(3) NOT NULL, "lines" jsonb NOT NULL, "list_total_minor" bigint NOT NULL, "customer_total_minor" bigint NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline_rule" character varying(20) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "timeliness" character varying(10) NOT NULL, "payment_term" character varying(20) NOT NULL, "prepayment_required" boolean NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, "rejection_reason" character varying(30), "rejection_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_quote_case" UNIQUE ("case_no"), CONSTRAINT "PK_quote" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "billing"."retention" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_no" character varying(20) NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "warranty_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "claim_at" TIMESTAMP WITH TIME ZONE NOT NULL, "claim_raised_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_retention_case" UNIQUE ("case_no"), CONSTRAINT "PK_retention" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "billing"."price_list" ("version" character varying(40) NOT NULL, "active" boolean NOT NULL, "body" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_price_list" PRIMARY KEY ("version"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_price_list_active" ON "billing"."price_list"("active") WHERE "active"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "billing"."UQ_price_list_active"`);
    await queryRunner.query(`DROP TABLE "billing"."price_list"`);
    await queryRunner.query(`DROP TABLE "billing"."retention"`);
    await queryRunner.query(`DROP TABLE "billing"."quote"`);
    await queryRunner.query(`DROP INDEX "billing"."IDX_money_movement_case"`);
    await queryRunner.query(`DROP TABLE "billing"."money_movement"`);
    await queryRunner.query(`DROP INDEX "billing"."IDX_manufacturer_claim_unit_fault_period"`);
    await queryRunner.query(`DROP TABLE "billing"."manufacturer_claim"`);
    await queryRunner.query(`DROP INDEX "billing"."IDX_invoice_outlet_completed"`);
    await queryRunner.query(`DROP TABLE "billing"."invoice"`);
  }
}
