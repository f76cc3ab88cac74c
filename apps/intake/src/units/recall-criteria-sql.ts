import type { RecallCriteria } from '@aftersales/contracts';

/**
 * The SQL condition selecting the units a recall covers (alias `u`), with its parameters from `$first`.
 * Serials compare byte-wise (COLLATE "C"), as `unitMatchesRecallCriteria` does.
 */
export function recallCriteriaSql(criteria: RecallCriteria, first: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${first + params.length - 1}`;
  };
  const alternatives = criteria.models.map((c) => {
    const terms = [`u.product_model = ${param(c.model)}`];
    if (c.serialFrom) terms.push(`u.serial_no COLLATE "C" >= ${param(c.serialFrom)}`);
    if (c.serialTo) terms.push(`u.serial_no COLLATE "C" <= ${param(c.serialTo)}`);
    if (c.batches) terms.push(`u.batch_no = ANY(${param(c.batches)}::varchar[])`);
    if (c.producedFrom) terms.push(`u.production_date >= ${param(c.producedFrom)}::date`);
    if (c.producedTo) terms.push(`u.production_date <= ${param(c.producedTo)}::date`);
    return `(${terms.join(' AND ')})`;
  });
  if (criteria.caseNos.length > 0) {
    alternatives.push(`u.id IN (SELECT c.unit_id FROM intake.service_case c WHERE c.case_no = ANY(${param(criteria.caseNos)}::varchar[]) AND c.unit_id IS NOT NULL)`);
  }
  return { sql: alternatives.length > 0 ? `(${alternatives.join(' OR ')})` : 'FALSE', params };
}
