import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInbox, dropOutboxAndInbox } from '@aftersales/persistence';

export class InitQuality1763900000000 implements MigrationInterface {
  name = 'InitQuality1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxAndInbox(queryRunner, 'quality');
    await queryRunner.query(`CREATE TABLE "quality"."cases_opened_daily" ("day" date NOT NULL, "service_type" character varying(30) NOT NULL, "count" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_cases_opened_daily" PRIMARY KEY ("day", "service_type"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "quality"."cases_opened_daily"`);
    await dropOutboxAndInbox(queryRunner, 'quality');
  }
}
