import { randomInt } from 'node:crypto';
import type { OpenCaseRequest } from '@aftersales/contracts';
import { daysAgo } from './dates';

/** A valid request for a demo product in warranty, with a customer of its own unless told otherwise. */
export function newCaseRequest(overrides: Partial<OpenCaseRequest> = {}): OpenCaseRequest {
  const phone = `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
  return {
    serviceType: 'repair_onsite',
    channel: 'hotline',
    customer: { name: '李娜', phone, tier: 'normal' },
    address: { province: '广东省', city: '深圳', line: '南山区科技园 8 栋 1201', lat: 22.54, lon: 114.06 },
    // Bought a month ago and registered the next day: in warranty, so the repair is free.
    product: { model: 'WM-800', serialNo: `WM8-${phone.slice(-6)}`, purchaseDate: daysAgo(30), registeredOn: daysAgo(29) },
    fault: { description: '洗衣机不排水 / washer does not drain' },
    ...overrides,
  };
}
