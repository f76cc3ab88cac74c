import type { Client as PgClient } from 'pg';
import type { RecallCandidateUnit } from '@aftersales/contracts';

export interface SeededUnit extends RecallCandidateUnit {
  id: string;
  customerId: string;
  phone: string;
}

/**
 * Registers `count` units of `model` with one owner each, by bulk SQL into intake's tables (as a
 * maker's registration import would): serials `<tag>-000001`…, batches `B0`…`B3` in turn, production
 * dates over 60 days. Owners prefer SMS; their phones are `phonePrefix` (3 digits) and the serial's number.
 */
export async function seedRecallUnits(db: PgClient, input: { count: number; model: string; tag: string; phonePrefix: string }): Promise<SeededUnit[]> {
  const { rows } = await db.query<Omit<SeededUnit, 'phone'>>(
    `WITH owners AS (
       INSERT INTO intake.customer (name, phone, tier, preferred_channel)
       SELECT '召回车主' || $3 || g, $4 || lpad(g::text, 8, '0'), 'normal', 'sms' FROM generate_series(1, $1::int) g
       RETURNING id, phone
     )
     INSERT INTO intake.unit (customer_id, product_model, serial_no, purchase_date, registered_on, batch_no, production_date)
     SELECT o.id, $2, $3 || '-' || right(o.phone, 6), current_date - 200, current_date - 199, 'B' || (right(o.phone, 8)::int % 4), date '2026-01-01' + (right(o.phone, 8)::int % 60)
       FROM owners o
     RETURNING id, customer_id AS "customerId", product_model AS "productModel", serial_no AS "serialNo", batch_no AS "batchNo", to_char(production_date, 'YYYY-MM-DD') AS "productionDate"`,
    [input.count, input.model, input.tag, input.phonePrefix],
  );
  return rows.map((r) => ({ ...r, phone: `${input.phonePrefix}${r.serialNo.slice(-6).padStart(8, '0')}` }));
}
