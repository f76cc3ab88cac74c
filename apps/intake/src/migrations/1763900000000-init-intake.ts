import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInbox, dropOutboxAndInbox } from '@aftersales/persistence';

export class InitIntake1763900000000 implements MigrationInterface {
  name = 'InitIntake1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxAndInbox(queryRunner, 'intake');
    await queryRunner.query(`CREATE TABLE "intake"."customer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "phone" character varying(32) NOT NULL, "tier" character varying(20) NOT NULL DEFAULT 'normal', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_customer_phone" UNIQUE ("phone"), CONSTRAINT "PK_customer" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "intake"."product_model" ("code" character varying(50) NOT NULL, "name_zh" character varying(100) NOT NULL, "name_en" character varying(100) NOT NULL, "category" character varying(50) NOT NULL, "warranty_months" integer NOT NULL, "warranty_km" integer, "return_days" integer NOT NULL DEFAULT '7', "exchange_days" integer NOT NULL DEFAULT '15', CONSTRAINT "PK_product_model" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "intake"."service_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_no" character varying(20) NOT NULL, "customer_id" uuid NOT NULL, "service_type" character varying(30) NOT NULL, "channel" character varying(20) NOT NULL, "status" character varying(20) NOT NULL, "product_model" character varying(50) NOT NULL, "serial_no" character varying(64) NOT NULL, "purchase_date" date NOT NULL, "fault_description" text NOT NULL, "address" jsonb NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expected_completion_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "policy" jsonb NOT NULL, "idempotency_key" character varying(200), "request_hash" character(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_service_case_case_no" UNIQUE ("case_no"), CONSTRAINT "UQ_service_case_idempotency_key" UNIQUE ("idempotency_key"), CONSTRAINT "PK_service_case" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_service_case_customer" ON "intake"."service_case" ("customer_id")`);
    await queryRunner.query(`ALTER TABLE "intake"."service_case" ADD CONSTRAINT "FK_service_case_customer" FOREIGN KEY ("customer_id") REFERENCES "intake"."customer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "intake"."service_case" ADD CONSTRAINT "FK_service_case_product_model" FOREIGN KEY ("product_model") REFERENCES "intake"."product_model"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Case numbers: not an entity, so outside the drift check.
    await queryRunner.query(`CREATE SEQUENCE "intake"."case_no_seq" START 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE "intake"."case_no_seq"`);
    await queryRunner.query(`ALTER TABLE "intake"."service_case" DROP CONSTRAINT "FK_service_case_product_model"`);
    await queryRunner.query(`ALTER TABLE "intake"."service_case" DROP CONSTRAINT "FK_service_case_customer"`);
    await queryRunner.query(`DROP INDEX "intake"."IDX_service_case_customer"`);
    await queryRunner.query(`DROP TABLE "intake"."service_case"`);
    await queryRunner.query(`DROP TABLE "intake"."product_model"`);
    await queryRunner.query(`DROP TABLE "intake"."customer"`);
    await dropOutboxAndInbox(queryRunner, 'intake');
  }
}
