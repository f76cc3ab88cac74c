import type { RecallCriteria } from './recall.schemas';

export interface RecallCandidateUnit {
  productModel: string;
  serialNo: string;
  batchNo: string | null;
  productionDate: string | null;
  caseNos?: readonly string[];
}

/** Code-unit order, as PostgreSQL's COLLATE "C" for the ASCII serials makers use. */
const inOrder = (a: string, b: string): boolean => a <= b;

/**
 * Whether a registered unit falls within a recall: any model criterion holds in full (model, serial range,
 * batches, production dates; a unit without a batch or date is outside a criterion naming one), or one of
 * its cases is named.
 */
export function unitMatchesRecallCriteria(unit: RecallCandidateUnit, criteria: RecallCriteria): boolean {
  const byModel = criteria.models.some(
    (c) =>
      c.model === unit.productModel &&
      (!c.serialFrom || inOrder(c.serialFrom, unit.serialNo)) &&
      (!c.serialTo || inOrder(unit.serialNo, c.serialTo)) &&
      (!c.batches || (unit.batchNo !== null && c.batches.includes(unit.batchNo))) &&
      (!c.producedFrom || (unit.productionDate !== null && c.producedFrom <= unit.productionDate)) &&
      (!c.producedTo || (unit.productionDate !== null && unit.productionDate <= c.producedTo)),
  );
  return byModel || (unit.caseNos ?? []).some((caseNo) => criteria.caseNos.includes(caseNo));
}
