import type { EntityManager } from 'typeorm';
import { DomainError, InventoryEventSubjects, type MovementKind } from '@aftersales/contracts';
import type { OutboxWriter } from '@aftersales/messaging';
import { InventoryErrors } from '../inventory.errors';
import type { Part } from '../parts/part.entity';
import { StockBalance } from './stock-balance.entity';
import { StockMovement } from './stock-movement.entity';
import { toMovementView } from './stock.view';

export interface MoveStock {
  kind: MovementKind;
  part: Pick<Part, 'partCode' | 'serialTracked'>;
  qty: number;
  fromLocationId?: string | null;
  toLocationId?: string | null;
  serialNos?: string[];
  caseNo?: string | null;
  reference?: string | null;
  reason?: string | null;
  /** Units of the source's reservation this movement fulfils (an issue against a case's reservation). */
  fulfilsReserved?: number;
  /** The fields a shortage and a serial problem are reported on. */
  qtyField?: string;
  serialsField?: string;
  causationId?: string;
}

/**
 * The one writer of the stock ledger: each movement appends a row, moves the balance rows and the serial
 * units in the same transaction, and publishes `stock.moved`. Balances move by conditional UPDATEs that
 * lock the row, so concurrent movements queue and a shortage is refused instead of going negative.
 */
const serialsFieldOf = (input: MoveStock): string => input.serialsField ?? (input.qtyField ? input.qtyField.replace(/qty$/, 'serialNos') : 'serialNos');

export class StockLedger {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {}

  async move(input: MoveStock): Promise<StockMovement> {
    const { part, qty } = input;
    const serialNos = this.checkSerials(input);
    if (input.fromLocationId) await this.takeOut(input.fromLocationId, input);
    if (input.toLocationId) await this.putIn(input.toLocationId, part.partCode, qty);
    if (part.serialTracked) await this.moveSerials(input, serialNos);
    const movement = await this.manager.save(
      this.manager.create(StockMovement, {
        kind: input.kind,
        partCode: part.partCode,
        qty,
        fromLocationId: input.fromLocationId ?? null,
        toLocationId: input.toLocationId ?? null,
        serialNos,
        caseNo: input.caseNo ?? null,
        reference: input.reference ?? null,
        reason: input.reason ?? null,
        recordedAt: new Date(),
      }),
    );
    // The reason is free text: it stays in the ledger.
    const { reason: _reason, ...eventData } = toMovementView(movement);
    await this.outbox.append(this.manager, {
      subject: InventoryEventSubjects.stockMoved,
      aggregateId: movement.id,
      correlationId: movement.caseNo ?? movement.id,
      causationId: input.causationId,
      data: eventData,
    });
    return movement;
  }

  /** Moves a location's reserved count (reserve: +qty, release: -qty); false when too little is available. */
  async changeReserved(locationId: string, partCode: string, delta: number): Promise<boolean> {
    const rows = await this.updateReturning(
      `UPDATE "inventory"."stock_balance" SET "reserved" = "reserved" + $3
        WHERE "location_id" = $1 AND "part_code" = $2 AND "on_hand" - "reserved" >= $3 RETURNING "reserved"`,
      [locationId, partCode, delta],
    );
    return rows.length === 1;
  }

  async available(locationId: string, partCode: string): Promise<number> {
    const balance = await this.manager.findOneBy(StockBalance, { locationId, partCode });
    return balance ? balance.onHand - balance.reserved : 0;
  }

  private checkSerials(input: MoveStock): string[] {
    const serialNos = input.serialNos ?? [];
    const field = serialsFieldOf(input);
    if (!input.part.serialTracked && serialNos.length > 0) throw new DomainError(InventoryErrors.SERIALS_NOT_ALLOWED, { details: [{ field, reason: `${input.part.partCode} is not serial-tracked`, reasonZh: `${input.part.partCode} 不按序列号管理` }] });
    if (input.part.serialTracked && serialNos.length !== input.qty) {
      throw new DomainError(InventoryErrors.SERIALS_REQUIRED, { details: [{ field, reason: `must list ${input.qty} serial numbers of ${input.part.partCode}`, reasonZh: `须列出 ${input.qty} 个 ${input.part.partCode} 的序列号` }] });
    }
    return serialNos;
  }

  private async takeOut(locationId: string, input: MoveStock): Promise<void> {
    const fulfils = input.fulfilsReserved ?? 0;
    const rows = await this.updateReturning(
      `UPDATE "inventory"."stock_balance" SET "on_hand" = "on_hand" - $3, "reserved" = "reserved" - $4
        WHERE "location_id" = $1 AND "part_code" = $2 AND "on_hand" - "reserved" >= $3::int - $4::int AND "reserved" >= $4::int RETURNING "on_hand"`,
      [locationId, input.part.partCode, input.qty, fulfils],
    );
    if (rows.length === 1) return;
    const available = (await this.available(locationId, input.part.partCode)) + fulfils;
    throw new DomainError(InventoryErrors.INSUFFICIENT_STOCK, {
      details: [{ field: input.qtyField ?? 'qty', reason: `only ${available} of ${input.part.partCode} available at the source`, reasonZh: `来源库位 ${input.part.partCode} 仅可用 ${available} 件`, meta: { partCode: input.part.partCode, locationId, available } }],
    });
  }

  private async putIn(locationId: string, partCode: string, qty: number): Promise<void> {
    await this.manager.query(
      `INSERT INTO "inventory"."stock_balance" ("location_id", "part_code", "on_hand", "reserved") VALUES ($1, $2, $3, 0)
       ON CONFLICT ("location_id", "part_code") DO UPDATE SET "on_hand" = "stock_balance"."on_hand" + EXCLUDED."on_hand"`,
      [locationId, partCode, qty],
    );
  }

  private async moveSerials(input: MoveStock, serialNos: string[]): Promise<void> {
    const partCode = input.part.partCode;
    const to = input.toLocationId ?? null;
    const caseNo = to ? null : (input.caseNo ?? null);
    const field = serialsFieldOf(input);
    if (input.fromLocationId) {
      const moved = await this.updateReturning(
        `UPDATE "inventory"."serial_unit" SET "location_id" = $4, "case_no" = $5
          WHERE "part_code" = $1 AND "serial_no" = ANY($2) AND "location_id" = $3 RETURNING "serial_no"`,
        [partCode, serialNos, input.fromLocationId, to, caseNo],
      );
      const missing = serialNos.filter((s) => !moved.some((m) => m.serial_no === s));
      if (missing.length > 0) throw new DomainError(InventoryErrors.SERIAL_NOT_AT_LOCATION, { details: [{ field, reason: `not at the source: ${missing.join(', ')}`, reasonZh: `来源库位没有：${missing.join('、')}` }] });
      return;
    }
    const inserted = (await this.manager.query(
      `INSERT INTO "inventory"."serial_unit" ("part_code", "serial_no", "location_id", "case_no") SELECT $1, s, $3, NULL FROM unnest($2::varchar[]) AS s
       ON CONFLICT ("part_code", "serial_no") DO UPDATE SET "location_id" = EXCLUDED."location_id", "case_no" = NULL WHERE "serial_unit"."location_id" IS NULL
       RETURNING "serial_no"`,
      [partCode, serialNos, to],
    )) as { serial_no: string }[];
    const taken = serialNos.filter((s) => !inserted.some((m) => m.serial_no === s));
    if (taken.length > 0) throw new DomainError(InventoryErrors.SERIAL_ALREADY_IN_STOCK, { details: [{ field, reason: `already in stock: ${taken.join(', ')}`, reasonZh: `已在库：${taken.join('、')}` }] });
  }

  /** PostgreSQL answers an UPDATE ... RETURNING through TypeORM as [rows, count]. */
  private async updateReturning(sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    const result = (await this.manager.query(sql, params)) as [Record<string, unknown>[], number];
    return result[0];
  }
}
