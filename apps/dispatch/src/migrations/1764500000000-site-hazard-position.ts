import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A hazard's place in the list it was recorded with, so that hazards recorded together are listed in
 * the order they were given (they share one recording time). Hazards recorded before keep 0.
 */
export class SiteHazardPosition1764500000000 implements MigrationInterface {
  name = 'SiteHazardPosition1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dispatch"."site_hazard" ADD "position" smallint NOT NULL DEFAULT 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dispatch"."site_hazard" DROP COLUMN "position"`);
  }
}
