import { variancePosting } from './stocktake-variance';

describe('stocktake variance posting', () => {
  it('takes out the shortfall of a counted part', () => {
    expect(variancePosting({ bookQty: 10, bookSerialNos: [], counted: 7, countedSerialNos: null, serialTracked: false })).toEqual({ outQty: 3, outSerialNos: [], inQty: 0, inSerialNos: [] });
  });

  it('puts in the surplus of a counted part', () => {
    expect(variancePosting({ bookQty: 2, bookSerialNos: [], counted: 5, countedSerialNos: null, serialTracked: false })).toEqual({ outQty: 0, outSerialNos: [], inQty: 3, inSerialNos: [] });
  });

  it('posts nothing when the count matches', () => {
    expect(variancePosting({ bookQty: 4, bookSerialNos: [], counted: 4, countedSerialNos: null, serialTracked: false })).toEqual({ outQty: 0, outSerialNos: [], inQty: 0, inSerialNos: [] });
  });

  it('reconciles serial-tracked parts unit by unit, even when the totals agree', () => {
    expect(variancePosting({ bookQty: 2, bookSerialNos: ['A', 'B'], counted: 2, countedSerialNos: ['B', 'C'], serialTracked: true })).toEqual({ outQty: 1, outSerialNos: ['A'], inQty: 1, inSerialNos: ['C'] });
  });
});
