import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Quote requests: when a paid case needed a quote, when it is due, and whether the quote SLA was missed. */
export class QuoteRequests1764010000000 implements MigrationInterface {
  name = 'QuoteRequests1764010000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "billing"."quote_request" ("case_no" character varying(20) NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "large_or_important" boolean NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline_rule" character varying(20) NOT NULL, "price_list_version" character varying(40) NOT NULL, "deadline_missed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_quote_request" PRIMARY KEY ("case_no"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "billing"."quote_request"`);
  }
}
