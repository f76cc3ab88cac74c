import { warrantyStatus } from './warranty-period';
import type { WarrantyStatusInput } from './warranty-period';

const oneYear = { warrantyMonths: 12, warrantyKm: null };
const vehicle = { warrantyMonths: 36, warrantyKm: 100_000 };

/** A washer bought 2026-03-15 and registered the same day, asked about on 2026-06-01. */
function input(overrides: Partial<WarrantyStatusInput> = {}): WarrantyStatusInput {
  return { purchaseDate: '2026-03-15', registeredOn: '2026-03-15', today: '2026-06-01', model: oneYear, odometerKm: null, ...overrides };
}

describe('warrantyStatus', () => {
  it.each<[string, Partial<WarrantyStatusInput>, { inWarranty: boolean; endsOn: string; reason: string }]>([
    ['covers a registered unit during its period', {}, { inWarranty: true, endsOn: '2027-03-15', reason: 'in_warranty' }],
    ['covers the corresponding day 12 months later as the last day', { today: '2027-03-15' }, { inWarranty: true, endsOn: '2027-03-15', reason: 'in_warranty' }],
    ['ends the warranty the day after that', { today: '2027-03-16' }, { inWarranty: false, endsOn: '2027-03-15', reason: 'expired' }],
    [
      'clamps a one-month warranty bought on Jan 31 to Feb 28',
      { purchaseDate: '2026-01-31', registeredOn: '2026-01-31', today: '2026-03-01', model: { warrantyMonths: 1, warrantyKm: null } },
      { inWarranty: false, endsOn: '2026-02-28', reason: 'expired' },
    ],
    [
      'covers Feb 28 for a one-month warranty bought on Jan 31',
      { purchaseDate: '2026-01-31', registeredOn: '2026-01-31', today: '2026-02-28', model: { warrantyMonths: 1, warrantyKm: null } },
      { inWarranty: true, endsOn: '2026-02-28', reason: 'in_warranty' },
    ],
    ['accepts a registration on the 30th day after purchase', { registeredOn: '2026-04-14' }, { inWarranty: true, endsOn: '2027-03-15', reason: 'in_warranty' }],
    ['does not activate a registration on the 31st day', { registeredOn: '2026-04-15' }, { inWarranty: false, endsOn: '2027-03-15', reason: 'registered_late' }],
    ['covers an unregistered unit while it can still be registered', { registeredOn: null, today: '2026-04-14' }, { inWarranty: true, endsOn: '2027-03-15', reason: 'registration_pending' }],
    ['does not activate an unregistered unit once the window has passed', { registeredOn: null, today: '2026-04-15' }, { inWarranty: false, endsOn: '2027-03-15', reason: 'not_registered' }],
    ['applies a policy window other than 30 days', { registeredOn: '2026-04-14', registrationWindowDays: 15 }, { inWarranty: false, endsOn: '2027-03-15', reason: 'registered_late' }],
    ['needs no registration when the policy has no window', { registeredOn: null, registrationWindowDays: null }, { inWarranty: true, endsOn: '2027-03-15', reason: 'in_warranty' }],
    ['reports the end of the period before a missing registration', { registeredOn: null, today: '2028-01-01' }, { inWarranty: false, endsOn: '2027-03-15', reason: 'expired' }],
    ['lets mileage end a vehicle warranty first', { model: vehicle, odometerKm: 100_001, today: '2027-01-01' }, { inWarranty: false, endsOn: '2029-03-15', reason: 'mileage_exceeded' }],
    ['still covers a vehicle at exactly the mileage limit', { model: vehicle, odometerKm: 100_000, today: '2027-01-01' }, { inWarranty: true, endsOn: '2029-03-15', reason: 'in_warranty' }],
    ['lets time end a vehicle warranty with low mileage', { model: vehicle, odometerKm: 20_000, today: '2029-03-16' }, { inWarranty: false, endsOn: '2029-03-15', reason: 'expired' }],
  ])('%s', (_name, overrides, expected) => {
    expect(warrantyStatus(input(overrides))).toEqual(expected);
  });

  it.each<[string, Partial<WarrantyStatusInput>]>([
    ['a vehicle without an odometer reading', { model: vehicle, odometerKm: null }],
    ['a malformed purchase date', { purchaseDate: '2026-02-30' }],
    ['today before the purchase', { today: '2026-03-14' }],
    ['a registration before the purchase', { registeredOn: '2026-03-14' }],
    ['a registration after today', { registeredOn: '2026-06-02' }],
    ['a fractional warranty period', { model: { warrantyMonths: 1.5, warrantyKm: null } }],
    ['a negative odometer reading', { odometerKm: -1 }],
  ])('refuses %s', (_name, overrides) => {
    expect(() => warrantyStatus(input(overrides))).toThrow(RangeError);
  });
});
