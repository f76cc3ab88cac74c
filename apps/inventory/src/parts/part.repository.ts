import { In, type EntityManager } from 'typeorm';
import type { ListPartsQuery } from '@aftersales/contracts';
import { Part } from './part.entity';
import { definedOnly } from '../persistence/defined-only';

/** The catalogue as one transaction (or plain reads) sees it. */
export class PartRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Inserts the part, or returns null when the code is taken (transaction intact). */
  async insert(values: Omit<Part, 'createdAt'>): Promise<Part | null> {
    const result = await this.manager.createQueryBuilder().insert().into(Part).values(values).orIgnore().returning('part_code').execute();
    const inserted = result.raw as { part_code: string }[];
    return inserted.length === 1 ? this.manager.findOneByOrFail(Part, { partCode: inserted[0].part_code }) : null;
  }

  find(partCode: string): Promise<Part | null> {
    return this.manager.findOneBy(Part, { partCode });
  }

  /** The part, locked until commit: reorder proposals and discontinuation of it are serialised. */
  lock(partCode: string): Promise<Part | null> {
    return this.manager.findOne(Part, { where: { partCode }, lock: { mode: 'pessimistic_write' } });
  }

  findMany(partCodes: readonly string[]): Promise<Part[]> {
    return partCodes.length === 0 ? Promise.resolve([]) : this.manager.findBy(Part, { partCode: In(partCodes) });
  }

  save(part: Part): Promise<Part> {
    return this.manager.save(part);
  }

  async page(query: ListPartsQuery): Promise<{ items: Part[]; total: number }> {
    const [items, total] = await this.manager.findAndCount(Part, { where: definedOnly({ category: query.category }), order: { partCode: 'ASC' }, take: query.limit, skip: query.offset });
    return { items, total };
  }
}
