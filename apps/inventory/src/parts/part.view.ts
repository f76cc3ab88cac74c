import type { PartView } from '@aftersales/contracts';
import type { Part } from './part.entity';

export const toPartView = (p: Part): PartView => ({
  partCode: p.partCode,
  name: { zh: p.nameZh, en: p.nameEn },
  category: p.category,
  unitPrice: { amountMinor: p.unitPriceMinor, currency: p.currency },
  serialTracked: p.serialTracked,
  substitutes: p.substitutes,
  discontinued: p.discontinuedAt !== null,
  discontinuedAt: p.discontinuedAt?.toISOString() ?? null,
  reorderPoint: p.reorderPoint,
  reorderQty: p.reorderQty,
  preferredSupplierId: p.preferredSupplierId,
});
