import { applyRecordUpdate, consentIssues, emptyRecordState, signOffIssues } from './service-record.rules';

const empty = emptyRecordState;

describe('the repair record', () => {
  it('replaces only the fields given and names them', () => {
    const record = { ...empty(), diagnosis: '压缩机电容损坏' };
    const changed = applyRecordUpdate(record, { repairPlan: '更换启动电容', customerConsent: { given: true, at: '2026-11-23T10:05:00+08:00' } });
    expect(changed).toEqual(['repairPlan', 'customerConsent']);
    expect(record).toMatchObject({ diagnosis: '压缩机电容损坏', repairPlan: '更换启动电容', consentGiven: true });
    expect(record.consentAt?.toISOString()).toBe('2026-11-23T02:05:00.000Z');
  });

  it('refuses parts and a test result before the customer consents, and allows them once consent is on record', () => {
    const update = { partsUsed: [{ partCode: 'CAP-35UF', qty: 1 }], testResult: { outcome: 'passed' as const } };
    expect(consentIssues(empty(), update).map((i) => i.field)).toEqual(['partsUsed', 'testResult']);
    expect(consentIssues({ ...empty(), consentGiven: false }, update)).toHaveLength(2);
    expect(consentIssues({ ...empty(), consentGiven: true }, update)).toEqual([]);
  });

  it('counts consent given in the same update', () => {
    const record = empty();
    const update = { customerConsent: { given: true, at: '2026-11-23T10:05:00+08:00' }, partsUsed: [{ partCode: 'CAP-35UF', qty: 1 }] };
    applyRecordUpdate(record, update);
    expect(consentIssues(record, update)).toEqual([]);
  });

  it('lists what is missing before sign-off, and nothing once diagnosed, planned, consented and tested', () => {
    expect(signOffIssues(empty()).map((i) => i.field)).toEqual(['diagnosis', 'repairPlan', 'customerConsent', 'testResult']);
    const done = { ...empty(), diagnosis: 'd', repairPlan: 'p', consentGiven: true, testOutcome: 'passed' as const };
    expect(signOffIssues(done)).toEqual([]);
  });

  it('refuses sign-off of a unit that failed its test', () => {
    const failed = { ...empty(), diagnosis: 'd', repairPlan: 'p', consentGiven: true, testOutcome: 'failed' as const };
    expect(signOffIssues(failed)).toEqual([{ field: 'testResult', reason: 'the unit failed its test' }]);
  });
});
