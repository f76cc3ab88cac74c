import { randomInt } from 'node:crypto';
import type { CreateWorkOrderRequest, RegisterTechnicianRequest } from '@aftersales/contracts';

/** Coordinates from /work/shared/data/cities.csv (city-level, as dispatch stores technicians' bases). */
export const CITIES = {
  hangzhou: { province: '浙江省', lat: 30.27, lon: 120.16 },
  jiaxing: { province: '浙江省', lat: 30.75, lon: 120.76 },
  ningbo: { province: '浙江省', lat: 29.87, lon: 121.54 },
  shanghai: { province: '上海市', lat: 31.23, lon: 121.47 },
  suzhou: { province: '江苏省', lat: 31.3, lon: 120.58 },
} as const;
export type City = keyof typeof CITIES;

let sequence = randomInt(0, 900_000);
const next = (): number => (sequence += 1);

/** A technician based in a city, certified for air conditioners until the end of 2032, unless told otherwise. */
export function newTechnician(city: City, overrides: Partial<RegisterTechnicianRequest> = {}): RegisterTechnicianRequest {
  const { province, lat, lon } = CITIES[city];
  const n = next();
  return {
    employeeNo: `T-${n}`,
    name: `技术员${n}号`,
    phone: `139${String(n).padStart(8, '0')}`,
    skills: ['air_conditioner', 'repair_onsite'],
    certifications: [{ category: 'air_conditioner', certificateNo: `AC-${n}`, issuedOn: '2025-01-01', expiresOn: '2032-12-31' }],
    outletId: `OUT-${city.toUpperCase()}-01`,
    province,
    location: { lat, lon },
    dailyCapacity: 4,
    workingHours: { start: '08:30', end: '17:30' },
    status: 'active',
    ...overrides,
  };
}

/** A case number of its own: dispatch takes the case number as given by intake. */
export function newCaseNo(): string {
  return `CS-20310310-${String(next() % 1_000_000).padStart(6, '0')}`;
}

/** An on-site air-conditioner repair at a site in a city. */
export function newWorkOrder(city: City, serviceDate: string, overrides: Partial<CreateWorkOrderRequest> = {}): CreateWorkOrderRequest {
  const { province, lat, lon } = CITIES[city];
  return {
    caseNo: newCaseNo(),
    productCategory: 'air_conditioner',
    serviceType: 'repair_onsite',
    site: { siteId: `site-${next()}`, province, lat, lon },
    serviceDate,
    ...overrides,
  };
}
