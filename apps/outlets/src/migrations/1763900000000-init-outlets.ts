import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInbox, dropOutboxAndInbox } from '@aftersales/persistence';

export class InitOutlets1763900000000 implements MigrationInterface {
  name = 'InitOutlets1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxAndInbox(queryRunner, 'outlets');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropOutboxAndInbox(queryRunner, 'outlets');
  }
}
