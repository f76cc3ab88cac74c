import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import type { Events } from '@aftersales/contracts';
import { OutboxWriter, type NewEvent } from '@aftersales/messaging';
import { PartRepository } from '../parts/part.repository';
import { PurchasingRepository } from '../purchasing/purchasing.repository';
import { RequisitionRepository } from '../requisitions/requisition.repository';
import { StockLedger } from '../stock/stock-ledger';
import { StockRepository } from '../stock/stock.repository';
import { StocktakeRepository } from '../stocktakes/stocktake.repository';

/** What one inventory use case sees: every repository on the same connection, and the outbox. */
export class InventoryTransaction {
  readonly parts: PartRepository;
  readonly stock: StockRepository;
  readonly ledger: StockLedger;
  readonly requisitions: RequisitionRepository;
  readonly purchasing: PurchasingRepository;
  readonly stocktakes: StocktakeRepository;

  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {
    this.parts = new PartRepository(manager);
    this.stock = new StockRepository(manager);
    this.ledger = new StockLedger(manager, outbox);
    this.requisitions = new RequisitionRepository(manager);
    this.purchasing = new PurchasingRepository(manager);
    this.stocktakes = new StocktakeRepository(manager);
  }

  async appendEvent<K extends keyof Events>(event: NewEvent<K>): Promise<void> {
    await this.outbox.append(this.manager, event);
  }
}

/** PostgreSQL's deadlock and serialization failures: the transaction may simply run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

@Injectable()
export class InventoryUnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Runs the work in one transaction (changes and their events commit together), again if PostgreSQL broke a deadlock. */
  async inTransaction<T>(work: (tx: InventoryTransaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.dataSource.transaction((manager) => work(new InventoryTransaction(manager, this.outbox)));
        this.outbox.nudge();
        return result;
      } catch (error) {
        const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
        if (attempt >= ATTEMPTS || !code || !RETRYABLE.has(code)) throw error;
      }
    }
  }

  /** Reads outside a transaction; nothing may be written through it. */
  read<T>(work: (tx: InventoryTransaction) => Promise<T>): Promise<T> {
    return work(new InventoryTransaction(this.dataSource.manager, this.outbox));
  }
}
