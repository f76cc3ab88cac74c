import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications about no case (periodic follow-ups) name the customer instead. */
export class CustomerNotifications1764000000000 implements MigrationInterface {
  name = 'CustomerNotifications1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intake"."notification_attempt" ALTER COLUMN "case_no" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "intake"."notification_attempt" ADD "customer_id" uuid`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_notification_attempt_customer_delivered" ON "intake"."notification_attempt" ("customer_id", "key") WHERE "outcome" <> 'failed' AND "case_no" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "intake"."UQ_notification_attempt_customer_delivered"`);
    await queryRunner.query(`ALTER TABLE "intake"."notification_attempt" DROP COLUMN "customer_id"`);
    await queryRunner.query(`DELETE FROM "intake"."notification_attempt" WHERE "case_no" IS NULL`);
    await queryRunner.query(`ALTER TABLE "intake"."notification_attempt" ALTER COLUMN "case_no" SET NOT NULL`);
  }
}
