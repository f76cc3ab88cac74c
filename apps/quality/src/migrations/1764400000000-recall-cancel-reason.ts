import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Why a recall campaign was cancelled; campaigns cancelled before keep none. */
export class RecallCancelReason1764400000000 implements MigrationInterface {
  name = 'RecallCancelReason1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quality"."recall_campaign" ADD "cancel_reason" character varying(30)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quality"."recall_campaign" DROP COLUMN "cancel_reason"`);
  }
}
