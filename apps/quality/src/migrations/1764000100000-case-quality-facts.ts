import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseQualityFacts1764000100000 implements MigrationInterface {
  name = 'CaseQualityFacts1764000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "quality"."case_quality_fact" ("case_no" character varying(20) NOT NULL, "product_model" character varying(60), "utc_offset_minutes" integer, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "technician_id" character varying(64), "outlet_id" character varying(50), "visits" integer NOT NULL DEFAULT 0, "fixed" boolean, "sla_breaches" integer NOT NULL DEFAULT 0, "overall_score" smallint, "complaints" integer NOT NULL DEFAULT 0, CONSTRAINT "PK_case_quality_fact" PRIMARY KEY ("case_no"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "quality"."case_quality_fact"`);
  }
}
