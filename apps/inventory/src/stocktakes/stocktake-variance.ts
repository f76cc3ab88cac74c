export interface CountFacts {
  /** On hand in the books now. */
  bookQty: number;
  bookSerialNos: readonly string[];
  counted: number;
  /** The units found, for serial-tracked parts; null otherwise. */
  countedSerialNos: readonly string[] | null;
  serialTracked: boolean;
}

/** What posting a count does to the ledger: units to take out (missing) and to put in (found). */
export interface VariancePosting {
  outQty: number;
  outSerialNos: string[];
  inQty: number;
  inSerialNos: string[];
}

/**
 * The variance of one counted part against the books. Serial-tracked parts reconcile unit by unit: a unit in the
 * books but not found goes out, a unit found but not in the books comes in; others move by the difference.
 */
export function variancePosting(f: CountFacts): VariancePosting {
  if (f.serialTracked) {
    const counted = new Set(f.countedSerialNos ?? []);
    const book = new Set(f.bookSerialNos);
    const missing = f.bookSerialNos.filter((s) => !counted.has(s));
    const found = [...counted].filter((s) => !book.has(s));
    return { outQty: missing.length, outSerialNos: missing, inQty: found.length, inSerialNos: found };
  }
  const diff = f.counted - f.bookQty;
  return { outQty: Math.max(0, -diff), outSerialNos: [], inQty: Math.max(0, diff), inSerialNos: [] };
}
