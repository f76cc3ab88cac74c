import { randomInt } from 'node:crypto';
import type { OpenCaseRequest, RegisterTechnicianRequest } from '@aftersales/contracts';
import { isWithinWorkingDay, localDateOf } from '../apps/dispatch/src/work-orders/local-time';

const HANGZHOU = { province: '浙江省', lat: 30.27, lon: 120.16 };
/** The working hours of the bench's technicians. */
const ROUND_THE_CLOCK = { start: '00:00', end: '23:59' };
const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** An in-warranty on-site air-conditioner repair in Hangzhou, where the bench's technicians are based. */
export function benchCaseRequest(): OpenCaseRequest {
  const phone = `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
  return {
    serviceType: 'repair_onsite',
    channel: 'hotline',
    customer: { name: '压测用户', phone, tier: 'normal' },
    address: { province: HANGZHOU.province, city: '杭州', line: '西湖区文三路 100 号', lat: HANGZHOU.lat, lon: HANGZHOU.lon },
    product: { model: 'AC-3000', serialNo: `AC3K-B-${phone.slice(-8)}`, purchaseDate: day(-60), registeredOn: day(-59) },
    fault: { description: '不制冷 / not cooling' },
  };
}

/** A round-the-clock technician in Hangzhou, so appointments are valid whenever the bench runs. */
export function benchTechnician(n: number): RegisterTechnicianRequest {
  return {
    employeeNo: `BENCH-${Date.now().toString(36)}-${n}`,
    name: `压测技师${n}`,
    phone: `137${String(n).padStart(8, '0')}`,
    skills: ['air_conditioner', 'repair_onsite'],
    certifications: [{ category: 'air_conditioner', certificateNo: `AC-B-${n}`, issuedOn: '2025-01-01', expiresOn: '2035-12-31' }],
    outletId: 'OUT-HZ-BENCH',
    province: HANGZHOU.province,
    location: { lat: HANGZHOU.lat, lon: HANGZHOU.lon },
    dailyCapacity: 50,
    workingHours: ROUND_THE_CLOCK,
    status: 'active',
  };
}

/**
 * The arrival the bench agrees with the customer: a minute from now, if that is within the technician's
 * hours on the work order's service date (the day in Shanghai it was assigned on), as dispatch checks it.
 * Near midnight there a minute from now is the next day, which dispatch refuses; 23:58 of the service
 * date (Shanghai keeps UTC+8 all year) then stands in.
 */
export function benchArrivalAt(nowMs: number, assignedAtMs: number): Date {
  const serviceDate = localDateOf(new Date(assignedAtMs));
  const inAMinute = new Date(nowMs + 60_000);
  return isWithinWorkingDay(inAMinute, serviceDate, ROUND_THE_CLOCK) ? inAMinute : new Date(`${serviceDate}T23:58:00+08:00`);
}
