import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInbox, dropOutboxAndInbox } from '@aftersales/persistence';

export class InitInventory1763900000000 implements MigrationInterface {
  name = 'InitInventory1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxAndInbox(queryRunner, 'inventory');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropOutboxAndInbox(queryRunner, 'inventory');
  }
}
