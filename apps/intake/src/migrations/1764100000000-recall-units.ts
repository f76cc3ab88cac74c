import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The production batch and date of a unit, which recall campaigns select by (召回范围). */
export class RecallUnits1764100000000 implements MigrationInterface {
  name = 'RecallUnits1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intake"."unit" ADD "batch_no" character varying(40)`);
    await queryRunner.query(`ALTER TABLE "intake"."unit" ADD "production_date" date`);
    await queryRunner.query(`CREATE INDEX "IDX_unit_model" ON "intake"."unit" ("product_model")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "intake"."IDX_unit_model"`);
    await queryRunner.query(`ALTER TABLE "intake"."unit" DROP COLUMN "production_date"`);
    await queryRunner.query(`ALTER TABLE "intake"."unit" DROP COLUMN "batch_no"`);
  }
}
