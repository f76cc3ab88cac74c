import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeriodicFollowUps1764000200000 implements MigrationInterface {
  name = 'PeriodicFollowUps1764000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "quality"."periodic_follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "customer_id" uuid NOT NULL, "campaign" character varying(30) NOT NULL, "period" character(7) NOT NULL, "status" character varying(20) NOT NULL, "outcome" character varying(20), "method" character varying(20), "methods_tried" jsonb NOT NULL DEFAULT '[]', "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_periodic_follow_up_customer_campaign_period" UNIQUE ("customer_id", "campaign", "period"), CONSTRAINT "PK_periodic_follow_up" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_periodic_follow_up_campaign_period" ON "quality"."periodic_follow_up" ("campaign", "period")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "quality"."IDX_periodic_follow_up_campaign_period"`);
    await queryRunner.query(`DROP TABLE "quality"."periodic_follow_up"`);
  }
}
