import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Recall campaigns (召回) and their affected units, tracked to a remedy. */
export class Recalls1764100000000 implements MigrationInterface {
  name = 'Recalls1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "quality"."recall_campaign" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_no" character varying(20) NOT NULL, "reason" character varying(30) NOT NULL, "title" character varying(200) NOT NULL, "criteria" jsonb NOT NULL, "remedies" jsonb NOT NULL, "start_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "pacing" jsonb NOT NULL, "status" character varying(20) NOT NULL, "proposed_by" character varying(40) NOT NULL, "approved_by" character varying(40), "source_event_id" character varying(100), "completed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_recall_campaign_no" UNIQUE ("campaign_no"), CONSTRAINT "UQ_recall_campaign_source_event" UNIQUE ("source_event_id"), CONSTRAINT "PK_recall_campaign" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "quality"."recall_unit" ("campaign_no" character varying(20) NOT NULL, "unit_id" uuid NOT NULL, "state" character varying(20) NOT NULL, "attempts" integer NOT NULL DEFAULT 0, "reminders_sent" integer NOT NULL DEFAULT 0, "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "claimed_until" TIMESTAMP WITH TIME ZONE, "channel" character varying(10), "notified_at" TIMESTAMP WITH TIME ZONE, "remedy" character varying(20), "case_no" character varying(20), "decline_reason" character varying(30), "identified_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_recall_unit" PRIMARY KEY ("campaign_no", "unit_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_recall_unit_state" ON "quality"."recall_unit" ("campaign_no", "state", "unit_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_recall_unit_case" ON "quality"."recall_unit" ("case_no")`);
    await queryRunner.query(`CREATE SEQUENCE "quality"."recall_campaign_seq"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE "quality"."recall_campaign_seq"`);
    await queryRunner.query(`DROP INDEX "quality"."IDX_recall_unit_case"`);
    await queryRunner.query(`DROP INDEX "quality"."IDX_recall_unit_state"`);
    await queryRunner.query(`DROP TABLE "quality"."recall_unit"`);
    await queryRunner.query(`DROP TABLE "quality"."recall_campaign"`);
  }
}
