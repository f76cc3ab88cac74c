import { Injectable } from '@nestjs/common';
import { DomainError, type ListOutletsQuery, type OutletPage, type OutletView } from '@aftersales/contracts';
import { OutletErrors } from '../../outlet.errors';
import { OutletRepository } from '../../outlet.repository';
import { toOutletView } from '../../outlet.view';

/** One outlet with its establishment steps, or a page of them. */
@Injectable()
export class GetOutletUseCase {
  constructor(private readonly outlets: OutletRepository) {}

  async execute(outletId: string): Promise<OutletView> {
    const found = await this.outlets.findById(outletId);
    if (!found) throw new DomainError(OutletErrors.OUTLET_NOT_FOUND);
    return toOutletView(found.outlet, found.steps);
  }

  async list(query: ListOutletsQuery): Promise<OutletPage> {
    const { items, total } = await this.outlets.list(query);
    return { items: items.map((i) => toOutletView(i.outlet, i.steps)), total, limit: query.limit, offset: query.offset };
  }
}
