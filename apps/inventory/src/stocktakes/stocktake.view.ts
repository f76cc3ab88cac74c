import type { StocktakeView } from '@aftersales/contracts';
import type { Stocktake, StocktakeLine } from './stocktake.entity';

/** The count sheet with its variance report against the books when it was opened. */
export const toStocktakeView = (s: Stocktake, lines: readonly StocktakeLine[]): StocktakeView => ({
  stocktakeId: s.id,
  locationId: s.locationId,
  status: s.status,
  lines: lines.map((l) => {
    const counted = new Set(l.countedSerialNos ?? []);
    const expected = new Set(l.expectedSerialNos);
    return {
      partCode: l.partCode,
      expected: l.expected,
      counted: l.counted,
      variance: l.counted === null ? null : l.counted - l.expected,
      missingSerialNos: l.countedSerialNos === null ? [] : l.expectedSerialNos.filter((x) => !counted.has(x)),
      foundSerialNos: (l.countedSerialNos ?? []).filter((x) => !expected.has(x)),
    };
  }),
  openedAt: s.openedAt.toISOString(),
  postedAt: s.postedAt?.toISOString() ?? null,
  movementIds: s.movementIds,
});
