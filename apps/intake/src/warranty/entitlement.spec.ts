import { decideEntitlement } from './entitlement';
import type { EntitlementServiceType } from './entitlement';
import type { FreeServiceRefusal } from './refusal-reasons';
import type { WarrantyStatus } from './warranty-period';

const inWarranty: WarrantyStatus = { inWarranty: true, endsOn: '2027-03-15', reason: 'in_warranty' };
const expired: WarrantyStatus = { inWarranty: false, endsOn: '2025-03-15', reason: 'expired' };
const notRegistered: WarrantyStatus = { inWarranty: false, endsOn: '2027-03-15', reason: 'not_registered' };
const pending: WarrantyStatus = { inWarranty: true, endsOn: '2027-03-15', reason: 'registration_pending' };

describe('decideEntitlement', () => {
  it.each<[string, EntitlementServiceType, WarrantyStatus, FreeServiceRefusal[], string, string[]]>([
    ['repairs free in warranty with nothing found', 'repair_onsite', inWarranty, [], 'free', []],
    ['repairs free while the registration is still due', 'repair_carry_in', pending, [], 'free', []],
    ['maintains free in warranty', 'maintenance', inWarranty, [], 'free', []],
    ['charges a repair out of warranty and says the warranty ended', 'repair_onsite', expired, [], 'paid', ['expired']],
    ['charges a repair of a unit whose warranty was never activated', 'repair_carry_in', notRegistered, [], 'paid', ['not_registered']],
    ['charges maintenance out of warranty', 'maintenance', expired, [], 'paid', ['expired']],
    ['charges out of warranty whatever was found', 'installation', expired, ['human_damage'], 'paid', ['expired']],
    ['refuses free service for unauthorised modification', 'repair_onsite', inWarranty, ['unauthorised_modification'], 'refused_free', ['unauthorised_modification']],
    ['refuses free service for force majeure', 'repair_carry_in', inWarranty, ['force_majeure'], 'refused_free', ['force_majeure']],
    [
      'states every finding once, in a stable order',
      'repair_onsite',
      inWarranty,
      ['tampered_labels', 'foreign_matter', 'tampered_labels', 'wrong_installation_or_use'],
      'refused_free',
      ['foreign_matter', 'wrong_installation_or_use', 'tampered_labels'],
    ],
    ['keeps a complaint free out of warranty', 'complaint', expired, [], 'free', []],
    ['keeps a suggestion free out of warranty', 'suggestion', expired, [], 'free', []],
    ['keeps a recall remedy free even with findings', 'recall_remedy', expired, ['human_damage'], 'free', []],
    ['keeps technical support free out of warranty', 'technical_support', expired, [], 'free', []],
    ['keeps customer training free out of warranty', 'training', notRegistered, [], 'free', []],
    ['keeps disposal of a scrapped unit free', 'disposal', expired, [], 'free', []],
  ])('%s', (_name, serviceType, warranty, findings, entitlement, codes) => {
    const decision = decideEntitlement({ serviceType, warranty, findings });
    expect(decision.entitlement).toBe(entitlement);
    expect(decision.reasons.map((r) => r.code)).toEqual(codes);
  });

  it('refuses free service for human damage and states the reason in Chinese and English', () => {
    expect(decideEntitlement({ serviceType: 'repair_onsite', warranty: inWarranty, findings: ['human_damage'] })).toEqual({
      entitlement: 'refused_free',
      reasons: [{ code: 'human_damage', en: 'Damage caused by people, not by a quality problem of the product itself', zh: '人为损坏，非产品本身质量问题' }],
    });
  });

  it('states why a unit out of warranty is charged, in both languages', () => {
    expect(decideEntitlement({ serviceType: 'repair_onsite', warranty: expired, findings: [] }).reasons).toEqual([
      { code: 'expired', en: 'Warranty period has ended', zh: '已超过保修期限' },
    ]);
  });

  it.each(['return', 'exchange'])('leaves a %s to decideReturnOrExchange', (serviceType) => {
    expect(() => decideEntitlement({ serviceType: serviceType as EntitlementServiceType, warranty: inWarranty, findings: [] })).toThrow(RangeError);
  });
});
