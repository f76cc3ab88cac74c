// Whether a unit is in warranty on a given local date: period per model, mileage limit, registration.
import type { Label } from '@aftersales/contracts';
import { addDays, addMonthsClamped, assertLocalDate } from './local-date';

/** RULES.md "Warranty and entitlement": registration within 30 days of purchase activates it [002]. */
export const DEFAULT_REGISTRATION_WINDOW_DAYS = 30;

export const WARRANTY_STATUS_REASONS = {
  in_warranty: { en: 'In warranty', zh: '在保修期内' },
  // The customer may still register, so the unit is covered meanwhile.
  registration_pending: { en: 'In warranty; the warranty registration is still due within the registration period', zh: '在保修期内，请在注册期限内完成质保注册' },
  expired: { en: 'Warranty period has ended', zh: '已超过保修期限' },
  mileage_exceeded: { en: 'Warranty mileage limit exceeded', zh: '已超过保修里程' },
  not_registered: { en: 'Warranty not activated: not registered within the registration period after purchase', zh: '质保未生效：未在购买后注册期限内完成质保注册' },
  registered_late: { en: 'Warranty not activated: registered after the registration period had ended', zh: '质保未生效：超过注册期限后才完成质保注册' },
} as const satisfies Record<string, Label>;

export type WarrantyStatusReason = keyof typeof WARRANTY_STATUS_REASONS;

export interface WarrantyModel {
  warrantyMonths: number;
  /** Mileage limit for vehicles ("3 years or 100,000 km, whichever first"); null when none. */
  warrantyKm: number | null;
}

export interface WarrantyStatusInput {
  /** Day the warranty counts from: purchase, or delivery into use for project equipment [004]. */
  purchaseDate: string;
  registeredOn: string | null;
  today: string;
  model: WarrantyModel;
  odometerKm: number | null;
  /** Policy; null when the model needs no registration (e.g. project equipment [004]). */
  registrationWindowDays?: number | null;
}

export interface WarrantyStatus {
  inWarranty: boolean;
  /** Last calendar day covered; mileage may end the warranty earlier on a day not known here. */
  endsOn: string;
  reason: WarrantyStatusReason;
}

/**
 * Days are counted as the Civil Code does (民法典 第二百零一、二百零二条): the start day is not counted
 * and a period of months ends on the corresponding day, or on the month's last day when there is none.
 * So a 12-month warranty bought 2026-03-15 covers up to 2027-03-15, and one month from Jan 31 ends
 * Feb 28 (29). When several reasons apply, the end of the period wins over mileage, then registration.
 */
export function warrantyStatus(input: WarrantyStatusInput): WarrantyStatus {
  const windowDays = input.registrationWindowDays === undefined ? DEFAULT_REGISTRATION_WINDOW_DAYS : input.registrationWindowDays;
  validate(input, windowDays);
  const endsOn = addMonthsClamped(input.purchaseDate, input.model.warrantyMonths);
  const result = (reason: WarrantyStatusReason): WarrantyStatus => ({ inWarranty: reason === 'in_warranty' || reason === 'registration_pending', endsOn, reason });
  if (input.today > endsOn) return result('expired');
  const { warrantyKm } = input.model;
  // At the limit itself the unit is still covered ("within 100,000 km").
  if (warrantyKm !== null && (input.odometerKm ?? 0) > warrantyKm) return result('mileage_exceeded');
  return result(windowDays === null ? 'in_warranty' : registrationReason(input, windowDays));
}

/** Seed 002 only says registering within 30 days activates the warranty; we read anything else as not activated. */
function registrationReason(input: WarrantyStatusInput, windowDays: number): WarrantyStatusReason {
  const lastDayToRegister = addDays(input.purchaseDate, windowDays);
  if (input.registeredOn === null) return input.today > lastDayToRegister ? 'not_registered' : 'registration_pending';
  return input.registeredOn > lastDayToRegister ? 'registered_late' : 'in_warranty';
}

function validate(input: WarrantyStatusInput, windowDays: number | null): void {
  assertLocalDate(input.purchaseDate, 'purchaseDate');
  assertLocalDate(input.today, 'today');
  if (input.today < input.purchaseDate) throw new RangeError('today is before purchaseDate');
  if (input.registeredOn !== null) {
    assertLocalDate(input.registeredOn, 'registeredOn');
    if (input.registeredOn < input.purchaseDate || input.registeredOn > input.today) throw new RangeError('registeredOn must lie between purchaseDate and today');
  }
  assertCount(input.model.warrantyMonths, 'model.warrantyMonths');
  if (windowDays !== null) assertCount(windowDays, 'registrationWindowDays');
  if (input.model.warrantyKm !== null) {
    assertCount(input.model.warrantyKm, 'model.warrantyKm');
    // Without a reading the mileage limit cannot be checked; intake must record it for such models.
    if (input.odometerKm === null) throw new RangeError('odometerKm is required for a model with a mileage limit');
  }
  if (input.odometerKm !== null && !(Number.isFinite(input.odometerKm) && input.odometerKm >= 0)) throw new RangeError('odometerKm must be a non-negative number');
}

function assertCount(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${field} must be a non-negative integer`);
}
