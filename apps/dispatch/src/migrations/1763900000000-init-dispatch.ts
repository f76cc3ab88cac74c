import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInbox, dropOutboxAndInbox } from '@aftersales/persistence';

export class InitDispatch1763900000000 implements MigrationInterface {
  name = 'InitDispatch1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxAndInbox(queryRunner, 'dispatch');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropOutboxAndInbox(queryRunner, 'dispatch');
  }
}
