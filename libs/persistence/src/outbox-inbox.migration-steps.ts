import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The expression index of the outbox by correlation id (declared unsynchronised on the entity). */
export const OUTBOX_CORRELATION_INDEX = 'IDX_outbox_correlation';

/** The outbox and inbox tables every service's first migration creates in its own schema. */
export async function createOutboxAndInbox(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`CREATE TABLE "${schema}"."outbox" ("seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "id" uuid NOT NULL, "subject" character varying(200) NOT NULL, "envelope" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "UQ_outbox_id" UNIQUE ("id"), CONSTRAINT "PK_outbox" PRIMARY KEY ("seq"))`);
  await queryRunner.query(`CREATE INDEX "IDX_outbox_unpublished" ON "${schema}"."outbox" ("seq") WHERE "published_at" IS NULL`);
  await queryRunner.query(`CREATE TABLE "${schema}"."inbox" ("consumer" character varying(100) NOT NULL, "event_id" uuid NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_inbox" PRIMARY KEY ("consumer", "event_id"))`);
}

export async function dropOutboxAndInbox(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`DROP TABLE "${schema}"."inbox"`);
  await queryRunner.query(`DROP INDEX "${schema}"."IDX_outbox_unpublished"`);
  await queryRunner.query(`DROP TABLE "${schema}"."outbox"`);
}

/**
 * The audit trail reads a case's events from the outbox by their correlation id (the case number):
 * an expression index keeps that a lookup as the outbox grows, since outbox rows are never deleted.
 */
export function outboxAuditIndexMigration(schema: string): new () => MigrationInterface {
  return class OutboxAuditIndex1764200000000 implements MigrationInterface {
    name = 'OutboxAuditIndex1764200000000';

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`CREATE INDEX "${OUTBOX_CORRELATION_INDEX}" ON "${schema}"."outbox" ((envelope ->> 'correlationid'))`);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`DROP INDEX "${schema}"."${OUTBOX_CORRELATION_INDEX}"`);
    }
  };
}
