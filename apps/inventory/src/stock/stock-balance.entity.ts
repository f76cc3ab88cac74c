import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * On hand and reserved of a part at a location: the running sum of the ledger, updated in the same
 * transaction as each movement. The checks make a negative balance impossible even for a buggy writer.
 */
@Entity({ name: 'stock_balance' })
@Check('CHK_stock_balance_on_hand', '"on_hand" >= 0')
@Check('CHK_stock_balance_reserved', '"reserved" >= 0 AND "reserved" <= "on_hand"')
export class StockBalance {
  @PrimaryColumn({ name: 'location_id', type: 'uuid', primaryKeyConstraintName: 'PK_stock_balance' })
  locationId: string;

  @PrimaryColumn({ name: 'part_code', type: 'varchar', length: 50, primaryKeyConstraintName: 'PK_stock_balance' })
  partCode: string;

  @Column({ name: 'on_hand', type: 'integer' })
  onHand: number;

  @Column({ type: 'integer' })
  reserved: number;
}
