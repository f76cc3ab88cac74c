import type { MigrationInterface, QueryRunner } from 'typeorm';

const HOUR = 3600_000;

// The first policy version, from RULES.md. A snapshot: later versions are added through the API,
// never by editing this migration.
const DEFAULT_POLICY = {
  version: '2026.11-default',
  budgets: {
    normal: { acknowledgeMs: 24 * HOUR, onsiteMs: 24 * HOUR, resolutionWorkingDays: 3 },
    high: { acknowledgeMs: 4 * HOUR, onsiteMs: 24 * HOUR, resolutionWorkingDays: 3 },
    urgent: { acknowledgeMs: 4 * HOUR, onsiteMs: 8 * HOUR, resolutionWorkingDays: 1 },
  },
  onsiteRadiusKm: 100,
  onsiteBeyondRadiusMs: 72 * HOUR,
  warnAtFractions: [0.5, 0.75, 0.9],
  escalationStepMs: 4 * HOUR,
  pauseResolutionForParts: true,
  calendar: {
    id: 'CN',
    version: '2026.1',
    utcOffsetMinutes: 480,
    workdayStart: '08:30',
    workdayEnd: '17:30',
    weekendDays: [0, 6],
    // Public holidays and make-up working days (调休) of 2026; check them against the State Council's notice.
    holidays: [
      '2026-01-01', '2026-01-02', '2026-01-03',
      '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
      '2026-04-04', '2026-04-05', '2026-04-06',
      '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
      '2026-06-19', '2026-06-20', '2026-06-21',
      '2026-09-25', '2026-09-26', '2026-09-27',
      '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

export class PoliciesAndSla1763990000000 implements MigrationInterface {
  name = 'PoliciesAndSla1763990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intake"."service_case" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "intake"."service_case" ADD "priority" character varying(10) NOT NULL DEFAULT 'normal'`);
    await queryRunner.query(`ALTER TABLE "intake"."service_case" ADD "entitlement" jsonb`);
    await queryRunner.query(`CREATE TABLE "intake"."case_policy" ("version" character varying(40) NOT NULL, "body" jsonb NOT NULL, "active" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_case_policy" PRIMARY KEY ("version"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_case_policy_active" ON "intake"."case_policy" ("active") WHERE "active"`);
    await queryRunner.query(`CREATE TABLE "intake"."case_sla_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_no" character varying(20) NOT NULL, "key" character varying(120) NOT NULL, "body" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_case_sla_event_key" UNIQUE ("case_no", "key"), CONSTRAINT "PK_case_sla_event" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_case_sla_event_case_time" ON "intake"."case_sla_event" ("case_no", "occurred_at")`);
    await queryRunner.query(`ALTER TABLE "intake"."case_sla_event" ADD CONSTRAINT "FK_case_sla_event_case" FOREIGN KEY ("case_no") REFERENCES "intake"."service_case"("case_no") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "intake"."customer" ADD "preferred_channel" character varying(10) NOT NULL DEFAULT 'sms'`);
    await queryRunner.query(`CREATE TABLE "intake"."notification_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_no" character varying(20) NOT NULL, "key" character varying(120) NOT NULL, "template" character varying(40) NOT NULL, "channel" character varying(10), "outcome" character varying(20) NOT NULL, "http_status" integer, "error" text, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_notification_attempt" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_attempt_case_time" ON "intake"."notification_attempt" ("case_no", "attempted_at")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_notification_attempt_delivered" ON "intake"."notification_attempt" ("case_no", "key") WHERE "outcome" <> 'failed'`);
    await queryRunner.query(`ALTER TABLE "intake"."notification_attempt" ADD CONSTRAINT "FK_notification_attempt_case" FOREIGN KEY ("case_no") REFERENCES "intake"."service_case"("case_no") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "intake"."unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "customer_id" uuid NOT NULL, "product_model" character varying(50) NOT NULL, "serial_no" character varying(64) NOT NULL, "purchase_date" date NOT NULL, "delivery_date" date, "proof_of_purchase" character varying(100), "registered_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_unit_model_serial" UNIQUE ("product_model", "serial_no"), CONSTRAINT "PK_unit" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_unit_customer" ON "intake"."unit" ("customer_id")`);
    await queryRunner.query(`ALTER TABLE "intake"."unit" ADD CONSTRAINT "FK_unit_customer" FOREIGN KEY ("customer_id") REFERENCES "intake"."customer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "intake"."unit" ADD CONSTRAINT "FK_unit_product_model" FOREIGN KEY ("product_model") REFERENCES "intake"."product_model"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "intake"."service_case" ADD "unit_id" uuid`);
    await queryRunner.query(`ALTER TABLE "intake"."service_case" ADD CONSTRAINT "FK_service_case_unit" FOREIGN KEY ("unit_id") REFERENCES "intake"."unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`INSERT INTO "intake"."case_policy" ("version", "body", "active") VALUES ($1, $2, true)`, [DEFAULT_POLICY.version, JSON.stringify(DEFAULT_POLICY)]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intake"."service_case" DROP CONSTRAINT "FK_service_case_unit"`);
    await queryRunner.query(`ALTER TABLE "intake"."service_case" DROP COLUMN "unit_id"`);
    await queryRunner.query(`ALTER TABLE "intake"."unit" DROP CONSTRAINT "FK_unit_product_model"`);
    await queryRunner.query(`ALTER TABLE "intake"."unit" DROP CONSTRAINT "FK_unit_customer"`);
    await queryRunner.query(`DROP INDEX "intake"."IDX_unit_customer"`);
    await queryRunner.query(`DROP TABLE "intake"."unit"`);
    await queryRunner.query(`ALTER TABLE "intake"."notification_attempt" DROP CONSTRAINT "FK_notification_attempt_case"`);
    await queryRunner.query(`DROP INDEX "intake"."UQ_notification_attempt_delivered"`);
    await queryRunner.query(`DROP INDEX "intake"."IDX_notification_attempt_case_time"`);
    await queryRunner.query(`DROP TABLE "intake"."notification_attempt"`);
    await queryRunner.query(`ALTER TABLE "intake"."customer" DROP COLUMN "preferred_channel"`);
    await queryRunner.query(`ALTER TABLE "intake"."case_sla_event" DROP CONSTRAINT "FK_case_sla_event_case"`);
    await queryRunner.query(`DROP INDEX "intake"."IDX_case_sla_event_case_time"`);
    await queryRunner.query(`DROP TABLE "intake"."case_sla_event"`);
    await queryRunner.query(`DROP INDEX "intake"."UQ_case_policy_active"`);
    await queryRunner.query(`DROP TABLE "intake"."case_policy"`);
    await queryRunner.query(`ALTER TABLE "intake"."service_case" DROP COLUMN "entitlement"`);
    await queryRunner.query(`ALTER TABLE "intake"."service_case" DROP COLUMN "priority"`);
    await queryRunner.query(`ALTER TABLE "intake"."service_case" DROP COLUMN "closed_at"`);
  }
}
