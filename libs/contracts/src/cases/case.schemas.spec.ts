import { openCaseRequestSchema } from './case.schemas';

const valid = {
  serviceType: 'repair_carry_in',
  channel: 'wechat',
  customer: { name: '赵敏', phone: '+86 138-0013-8000' },
  address: { province: '四川省', city: '成都', line: '锦江区春熙路 1 号' },
  product: { model: 'RF-520', serialNo: 'RF520-1', purchaseDate: '2026-01-31' },
  fault: { description: '冰箱不制冷' },
};

describe('the open-case request schema', () => {
  it('accepts a complete request from every channel', () => {
    for (const channel of ['hotline', 'website', 'wechat', 'email', 'walk_in', 'api']) {
      expect(openCaseRequestSchema.safeParse({ ...valid, channel }).success).toBe(true);
    }
  });

  it.each([
    ['an unknown service type', { serviceType: 'upgrade' }, 'serviceType'],
    ['a purchase date that is no date', { product: { ...valid.product, purchaseDate: '2026-02-30' } }, 'product.purchaseDate'],
    ['a phone with letters', { customer: { ...valid.customer, phone: 'call me' } }, 'customer.phone'],
    ['an empty fault description', { fault: { description: '  ' } }, 'fault.description'],
    ['a latitude off the globe', { address: { ...valid.address, lat: 91 } }, 'address.lat'],
  ])('refuses %s, naming the field', (_what, change, field) => {
    const result = openCaseRequestSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('refuses fields it does not know, at every level', () => {
    const result = openCaseRequestSchema.safeParse({ ...valid, priority: 'vip', customer: { ...valid.customer, idCard: 'x' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.code)).toEqual(['unrecognized_keys', 'unrecognized_keys']);
  });
});
