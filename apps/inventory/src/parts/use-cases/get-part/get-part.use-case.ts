import { Injectable } from '@nestjs/common';
import type { ListPartsQuery, PartPage, PartView } from '@aftersales/contracts';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { requirePart } from '../../../persistence/inventory.lookups';
import { toPartView } from '../../part.view';

/** Reads the catalogue. */
@Injectable()
export class GetPartUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(partCode: string): Promise<PartView> {
    return this.inventory.read(async (tx) => toPartView(await requirePart(tx, partCode)));
  }

  page(query: ListPartsQuery): Promise<PartPage> {
    return this.inventory.read(async (tx) => {
      const { items, total } = await tx.parts.page(query);
      return { items: items.map(toPartView), total, limit: query.limit, offset: query.offset };
    });
  }
}
