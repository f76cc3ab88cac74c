import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Suggestions (建议): registered, evaluated, adopted or declined, and answered. */
export class Suggestions1764000300000 implements MigrationInterface {
  name = 'Suggestions1764000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "quality"."suggestion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "customer_id" uuid NOT NULL, "case_no" character varying(20), "topic" character varying(20) NOT NULL, "content" text NOT NULL, "status" character varying(20) NOT NULL, "evaluated_by" character varying(40), "benefit" character varying(10), "assessment" text, "decided_by" character varying(40), "decline_reason" character varying(30), "replied_at" TIMESTAMP WITH TIME ZONE, "reply_channel" character varying(10), "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_suggestion" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_suggestion_customer" ON "quality"."suggestion" ("customer_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "quality"."IDX_suggestion_customer"`);
    await queryRunner.query(`DROP TABLE "quality"."suggestion"`);
  }
}
