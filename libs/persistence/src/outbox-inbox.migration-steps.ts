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

/** The expression index of the outbox by aggregate (the envelope's subject), also unsynchronised. */
export const OUTBOX_AGGREGATE_INDEX = 'IDX_outbox_aggregate';

/** A migration adding an expression index on one field of the outbox envelope (rows are never deleted). */
function outboxEnvelopeIndexMigration(name: string, index: string, field: string, schema: string): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = name;

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`CREATE INDEX "${index}" ON "${schema}"."outbox" ((envelope ->> '${field}'))`);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`DROP INDEX "${schema}"."${index}"`);
    }
  };
}

/**
 * The audit trail reads a case's events from the outbox by their correlation id (the case number),
 * then the earlier events of the same aggregates for the "before" of each field: both are index
 * lookups as the outbox grows.
 */
export function outboxAuditIndexMigrations(schema: string): (new () => MigrationInterface)[] {
  return [
    outboxEnvelopeIndexMigration('OutboxAuditIndex1764200000000', OUTBOX_CORRELATION_INDEX, 'correlationid', schema),
    outboxEnvelopeIndexMigration('OutboxAggregateIndex1764300000000', OUTBOX_AGGREGATE_INDEX, 'subject', schema),
  ];
}
