import { Injectable } from '@nestjs/common';
import type { CustomerRefPage, CustomerTier, ProductCategory } from '@aftersales/contracts';
import { CustomerFileRepository } from '../../customer-file.repository';

/** Customers of some tiers, a page at a time, for the periodic follow-ups (ids and codes only). */
@Injectable()
export class ListCustomersByTierUseCase {
  constructor(private readonly customers: CustomerFileRepository) {}

  async execute(query: { tiers: CustomerTier[]; categories?: ProductCategory[]; limit: number; afterId: string | null }): Promise<CustomerRefPage> {
    const rows = await this.customers.pageByTier(query.tiers, query.limit, query.afterId, query.categories);
    return {
      items: rows.map((c) => ({ customerId: c.id, tier: c.tier, preferredChannel: c.preferredChannel })),
      nextAfterId: rows.length === query.limit ? rows[rows.length - 1].id : null,
    };
  }
}
