import type { EntityManager } from 'typeorm';
import { Stocktake, StocktakeLine } from './stocktake.entity';

/** Stocktakes and their count sheets as one transaction (or plain reads) sees them. */
export class StocktakeRepository {
  constructor(private readonly manager: EntityManager) {}

  create(locationId: string): Promise<Stocktake> {
    return this.manager.save(this.manager.create(Stocktake, { locationId, status: 'open', openedAt: new Date(), postedAt: null, movementIds: [] }));
  }

  find(id: string): Promise<Stocktake | null> {
    return this.manager.findOneBy(Stocktake, { id });
  }

  lock(id: string): Promise<Stocktake | null> {
    return this.manager.findOne(Stocktake, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  save(stocktake: Stocktake): Promise<Stocktake> {
    return this.manager.save(stocktake);
  }

  lines(stocktakeId: string): Promise<StocktakeLine[]> {
    return this.manager.find(StocktakeLine, { where: { stocktakeId }, order: { partCode: 'ASC' } });
  }

  saveLines(lines: StocktakeLine[]): Promise<StocktakeLine[]> {
    return this.manager.save(lines);
  }

  newLine(values: StocktakeLine): StocktakeLine {
    return this.manager.create(StocktakeLine, values);
  }
}
