import type { FieldIssue, StockAlternative } from '@aftersales/contracts';

export interface Holding {
  locationId: string;
  partCode: string;
  available: number;
}

export interface ShortageFacts {
  partCode: string;
  qty: number;
  /** Where the reservation was asked for. */
  locationId: string;
  available: number;
  /** Compatible parts, in the catalogue's order of preference; discontinued ones already left out. */
  substitutes: readonly string[];
  /** Free stock of the part and its substitutes anywhere, each holding at least qty. */
  holdings: readonly Holding[];
  preferredSupplier: { supplierId: string; leadTimeDays: number } | null;
}

/**
 * What to offer when a part is short (use existing stock first, a compatible model next, then buy):
 * a substitute at the same location, else anywhere; a transfer of the part from another location; a purchase.
 */
export function stockAlternatives(facts: ShortageFacts): StockAlternative[] {
  const offers: StockAlternative[] = [];
  for (const code of facts.substitutes) {
    const here = facts.holdings.find((h) => h.partCode === code && h.locationId === facts.locationId);
    const anywhere = here ?? facts.holdings.find((h) => h.partCode === code);
    if (anywhere) offers.push({ kind: 'substitute', partCode: code, locationId: anywhere.locationId, available: anywhere.available });
  }
  for (const h of facts.holdings) {
    if (h.partCode === facts.partCode && h.locationId !== facts.locationId) offers.push({ kind: 'transfer', partCode: h.partCode, locationId: h.locationId, available: h.available });
  }
  const supplier = facts.preferredSupplier;
  offers.push({ kind: 'purchase', partCode: facts.partCode, ...(supplier ? { supplierId: supplier.supplierId, leadTimeDays: supplier.leadTimeDays } : {}) });
  return offers;
}

/** The shortage and its alternatives as the error's details: the first names the quantity asked for. */
export function shortageDetails(facts: ShortageFacts, offers: readonly StockAlternative[]): FieldIssue[] {
  const shortage: FieldIssue = {
    field: 'qty',
    reason: `only ${facts.available} of ${facts.partCode} available, ${facts.qty} asked for`,
    reasonZh: `${facts.partCode} 仅可用 ${facts.available} 件，需要 ${facts.qty} 件`,
    meta: { partCode: facts.partCode, locationId: facts.locationId, available: facts.available },
  };
  const alternatives = offers.map((o): FieldIssue => {
    const meta = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, string | number>;
    if (o.kind === 'substitute') return { field: 'partCode', reason: `substitute ${o.partCode} has ${o.available} available`, reasonZh: `替代件 ${o.partCode} 可用 ${o.available} 件`, meta };
    if (o.kind === 'transfer') return { field: 'locationId', reason: `transfer from location ${o.locationId} holding ${o.available}`, reasonZh: `可从库位 ${o.locationId} 调拨（可用 ${o.available} 件）`, meta };
    return { field: 'partCode', reason: `purchase ${o.partCode}${o.leadTimeDays ? ` (lead time ${o.leadTimeDays} days)` : ''}`, reasonZh: `采购 ${o.partCode}${o.leadTimeDays ? `（交期 ${o.leadTimeDays} 天）` : ''}`, meta };
  });
  return [shortage, ...alternatives];
}
