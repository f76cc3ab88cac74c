import { unitMatchesRecallCriteria } from './recall-criteria';
import { createRecallRequestSchema, recallCriteriaSchema, type RecallCriteria } from './recall.schemas';

const unit = { productModel: 'WM-800', serialNo: 'WM8-000150', batchNo: 'B2', productionDate: '2026-03-10' };
const only = (criterion: RecallCriteria['models'][number]): RecallCriteria => ({ models: [criterion], caseNos: [] });

describe('recall criteria', () => {
  it('covers a unit of the model inside the serial range', () => {
    expect(unitMatchesRecallCriteria(unit, only({ model: 'WM-800', serialFrom: 'WM8-000100', serialTo: 'WM8-000199' }))).toBe(true);
  });

  it.each([
    ['another model', { model: 'AC-2000' }],
    ['a serial before the range', { model: 'WM-800', serialFrom: 'WM8-000151' }],
    ['a serial after the range', { model: 'WM-800', serialTo: 'WM8-000149' }],
    ['another batch', { model: 'WM-800', batches: ['B0', 'B1'] }],
    ['a production date before the window', { model: 'WM-800', producedFrom: '2026-03-11' }],
    ['a production date after the window', { model: 'WM-800', producedTo: '2026-03-09' }],
  ])('leaves out %s', (_what, criterion) => {
    expect(unitMatchesRecallCriteria(unit, only(criterion))).toBe(false);
  });

  it('includes the bounds of serial ranges and production windows', () => {
    expect(unitMatchesRecallCriteria(unit, only({ model: 'WM-800', serialFrom: 'WM8-000150', serialTo: 'WM8-000150', producedFrom: '2026-03-10', producedTo: '2026-03-10', batches: ['B2'] }))).toBe(true);
  });

  it('leaves out a unit without a batch or production date when the criterion names one', () => {
    expect(unitMatchesRecallCriteria({ ...unit, batchNo: null }, only({ model: 'WM-800', batches: ['B2'] }))).toBe(false);
    expect(unitMatchesRecallCriteria({ ...unit, productionDate: null }, only({ model: 'WM-800', producedFrom: '2026-01-01' }))).toBe(false);
  });

  it('covers a unit matching any one criterion, or one of its cases', () => {
    expect(unitMatchesRecallCriteria(unit, { models: [{ model: 'AC-2000' }, { model: 'WM-800', batches: ['B2'] }], caseNos: [] })).toBe(true);
    expect(unitMatchesRecallCriteria({ ...unit, caseNos: ['CS-20261123-000001'] }, { models: [], caseNos: ['CS-20261123-000001'] })).toBe(true);
  });

  it('refuses criteria naming neither a model nor a case, and reversed ranges', () => {
    expect(recallCriteriaSchema.safeParse({ models: [], caseNos: [] }).success).toBe(false);
    const reversed = recallCriteriaSchema.safeParse({ models: [{ model: 'WM-800', serialFrom: 'B', serialTo: 'A' }] });
    expect(reversed.error?.issues[0].path).toEqual(['models', 0, 'serialTo']);
  });

  it('refuses a campaign whose deadline is not after its start', () => {
    const request = { reason: 'product_defect', title: 't', criteria: { models: [{ model: 'WM-800' }] }, remedies: ['repair'], startAt: '2026-12-01T00:00:00Z', deadline: '2026-11-01T00:00:00Z', proposedBy: 'qa' };
    expect(createRecallRequestSchema.safeParse(request).error?.issues[0].path).toEqual(['deadline']);
  });
});
