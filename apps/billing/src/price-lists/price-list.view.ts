import type { PriceListView } from '@aftersales/contracts';
import type { PriceListVersion } from './price-list.entity';

export const toPriceListView = (p: PriceListVersion): PriceListView => ({ version: p.version, active: p.active, createdAt: p.createdAt.toISOString(), priceList: p.body });
