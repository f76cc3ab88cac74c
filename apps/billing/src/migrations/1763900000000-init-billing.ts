import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInbox, dropOutboxAndInbox } from '@aftersales/persistence';

export class InitBilling1763900000000 implements MigrationInterface {
  name = 'InitBilling1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxAndInbox(queryRunner, 'billing');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropOutboxAndInbox(queryRunner, 'billing');
  }
}
