import { randomInt } from 'node:crypto';
import type { OpenCaseRequest } from '@aftersales/contracts';

/** A valid request for a demo product, with a customer of its own unless told otherwise. */
export function newCaseRequest(overrides: Partial<OpenCaseRequest> = {}): OpenCaseRequest {
  const phone = `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
  return {
    serviceType: 'repair_onsite',
    channel: 'hotline',
    customer: { name: '李娜', phone, tier: 'normal' },
    address: { province: '广东省', city: '深圳', line: '南山区科技园 8 栋 1201', lat: 22.54, lon: 114.06 },
    product: { model: 'WM-800', serialNo: `WM8-${phone.slice(-6)}`, purchaseDate: '2026-03-01' },
    fault: { description: '洗衣机不排水 / washer does not drain' },
    ...overrides,
  };
}
