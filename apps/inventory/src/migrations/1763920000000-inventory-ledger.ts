import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The parts catalogue, stock locations, the append-only movement ledger with its balance rows (checks keep
 * them from going negative), serial units, reservations, consumptions, requisitions, suppliers, purchase
 * orders and stocktakes. Tables generated from the entities (no drift); the trigger refuses ledger edits.
 */
export class InventoryLedger1763920000000 implements MigrationInterface {
  name = 'InventoryLedger1763920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "inventory"."part" ("part_code" character varying(50) NOT NULL, "name_zh" character varying(100) NOT NULL, "name_en" character varying(100) NOT NULL, "category" character varying(30) NOT NULL, "unit_price_minor" integer NOT NULL, "currency" character(3) NOT NULL, "serial_tracked" boolean NOT NULL, "substitutes" character varying(50) array NOT NULL, "discontinued_at" TIMESTAMP WITH TIME ZONE, "reorder_point" integer NOT NULL, "reorder_qty" integer NOT NULL, "preferred_supplier_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_part_price_not_negative" CHECK ("unit_price_minor" >= 0), CONSTRAINT "PK_part" PRIMARY KEY ("part_code"))`);
    await queryRunner.query(`CREATE TABLE "inventory"."purchase_order" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "part_code" character varying(50) NOT NULL, "qty" integer NOT NULL, "unit_price_minor" integer NOT NULL, "currency" character(3) NOT NULL, "to_location_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "auto_proposed" boolean NOT NULL, "expected_by" TIMESTAMP WITH TIME ZONE, "qty_delivered" integer, "qty_rejected" integer, "delivered_price_minor" integer, "received_at" TIMESTAMP WITH TIME ZONE, "on_time" boolean, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_purchase_order_delivery" CHECK ("qty_rejected" IS NULL OR ("qty_rejected" >= 0 AND "qty_rejected" <= "qty_delivered")), CONSTRAINT "CHK_purchase_order_qty" CHECK ("qty" > 0 AND "unit_price_minor" >= 0), CONSTRAINT "PK_purchase_order" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_purchase_order_supplier" ON "inventory"."purchase_order" ("supplier_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_purchase_order_part_status" ON "inventory"."purchase_order" ("part_code", "status")`);
    await queryRunner.query(`CREATE TABLE "inventory"."supplier" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "lead_time_days" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_supplier_code" UNIQUE ("code"), CONSTRAINT "PK_supplier" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "inventory"."requisition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "technician_id" uuid NOT NULL, "from_location_id" uuid NOT NULL, "case_no" character varying(20), "lines" jsonb NOT NULL, "status" character varying(10) NOT NULL, "requested_by" character varying(64) NOT NULL, "decided_by" character varying(64), "decision_reason" character varying(500), "decided_at" TIMESTAMP WITH TIME ZONE, "issued_at" TIMESTAMP WITH TIME ZONE, "movement_ids" uuid array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_requisition" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_requisition_technician" ON "inventory"."requisition" ("technician_id")`);
    await queryRunner.query(`CREATE TABLE "inventory"."consumption" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idempotency_key" character varying(200) NOT NULL, "case_no" character varying(20) NOT NULL, "technician_id" uuid NOT NULL, "van_location_id" uuid NOT NULL, "lines" jsonb NOT NULL, "movement_ids" uuid array NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_consumption_key" UNIQUE ("idempotency_key"), CONSTRAINT "PK_consumption" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "inventory"."reservation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_no" character varying(20) NOT NULL, "part_code" character varying(50) NOT NULL, "location_id" uuid NOT NULL, "qty" integer NOT NULL, "status" character varying(10) NOT NULL, "reserved_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_reservation_case_part" UNIQUE ("case_no", "part_code"), CONSTRAINT "CHK_reservation_qty" CHECK ("qty" > 0), CONSTRAINT "PK_reservation" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_reservation_part_status" ON "inventory"."reservation" ("part_code", "status")`);
    await queryRunner.query(`CREATE TABLE "inventory"."serial_unit" ("part_code" character varying(50) NOT NULL, "serial_no" character varying(64) NOT NULL, "location_id" uuid, "case_no" character varying(20), CONSTRAINT "PK_serial_unit" PRIMARY KEY ("part_code", "serial_no"))`);
    await queryRunner.query(`CREATE INDEX "IDX_serial_unit_location" ON "inventory"."serial_unit" ("location_id", "part_code")`);
    await queryRunner.query(`CREATE TABLE "inventory"."stock_balance" ("location_id" uuid NOT NULL, "part_code" character varying(50) NOT NULL, "on_hand" integer NOT NULL, "reserved" integer NOT NULL, CONSTRAINT "CHK_stock_balance_reserved" CHECK ("reserved" >= 0 AND "reserved" <= "on_hand"), CONSTRAINT "CHK_stock_balance_on_hand" CHECK ("on_hand" >= 0), CONSTRAINT "PK_stock_balance" PRIMARY KEY ("location_id", "part_code"))`);
    await queryRunner.query(`CREATE TABLE "inventory"."stock_location" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(10) NOT NULL, "owner_ref" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_stock_location_owner" UNIQUE ("kind", "owner_ref"), CONSTRAINT "PK_stock_location" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "inventory"."stock_movement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL, "part_code" character varying(50) NOT NULL, "qty" integer NOT NULL, "from_location_id" uuid, "to_location_id" uuid, "serial_nos" character varying(64) array NOT NULL, "case_no" character varying(20), "reference" character varying(200), "reason" character varying(200), "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_stock_movement_ends" CHECK ("from_location_id" IS NOT NULL OR "to_location_id" IS NOT NULL), CONSTRAINT "CHK_stock_movement_qty" CHECK ("qty" > 0), CONSTRAINT "PK_stock_movement" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_stock_movement_part" ON "inventory"."stock_movement" ("part_code", "recorded_at")`);
    await queryRunner.query(`CREATE TABLE "inventory"."stocktake" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "location_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "posted_at" TIMESTAMP WITH TIME ZONE, "movement_ids" uuid array NOT NULL, CONSTRAINT "PK_stocktake" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "inventory"."stocktake_line" ("stocktake_id" uuid NOT NULL, "part_code" character varying(50) NOT NULL, "expected" integer NOT NULL, "expected_serial_nos" character varying(64) array NOT NULL, "counted" integer, "counted_serial_nos" character varying(64) array, CONSTRAINT "PK_stocktake_line" PRIMARY KEY ("stocktake_id", "part_code"))`);
    await queryRunner.query(`CREATE FUNCTION "inventory"."refuse_ledger_change"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the stock ledger is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER "TRG_stock_movement_append_only" BEFORE UPDATE OR DELETE ON "inventory"."stock_movement" FOR EACH ROW EXECUTE FUNCTION "inventory"."refuse_ledger_change"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_stock_movement_append_only" ON "inventory"."stock_movement"`);
    await queryRunner.query(`DROP FUNCTION "inventory"."refuse_ledger_change"()`);
    await queryRunner.query(`DROP TABLE "inventory"."stocktake_line"`);
    await queryRunner.query(`DROP TABLE "inventory"."stocktake"`);
    await queryRunner.query(`DROP INDEX "inventory"."IDX_stock_movement_part"`);
    await queryRunner.query(`DROP TABLE "inventory"."stock_movement"`);
    await queryRunner.query(`DROP TABLE "inventory"."stock_location"`);
    await queryRunner.query(`DROP TABLE "inventory"."stock_balance"`);
    await queryRunner.query(`DROP INDEX "inventory"."IDX_serial_unit_location"`);
    await queryRunner.query(`DROP TABLE "inventory"."serial_unit"`);
    await queryRunner.query(`DROP INDEX "inventory"."IDX_reservation_part_status"`);
    await queryRunner.query(`DROP TABLE "inventory"."reservation"`);
    await queryRunner.query(`DROP TABLE "inventory"."consumption"`);
    await queryRunner.query(`DROP INDEX "inventory"."IDX_requisition_technician"`);
    await queryRunner.query(`DROP TABLE "inventory"."requisition"`);
    await queryRunner.query(`DROP TABLE "inventory"."supplier"`);
    await queryRunner.query(`DROP INDEX "inventory"."IDX_purchase_order_part_status"`);
    await queryRunner.query(`DROP INDEX "inventory"."IDX_purchase_order_supplier"`);
    await queryRunner.query(`DROP TABLE "inventory"."purchase_order"`);
    await queryRunner.query(`DROP TABLE "inventory"."part"`);
  }
}
