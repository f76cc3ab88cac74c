// Money in integer minor units (fen for CNY) with an ISO 4217 currency. No floating point: every
// operation works on safe integers and refuses to mix currencies.
import { z } from 'zod';
import { bilingual } from '../bilingual';

export interface Money {
  /** Integer minor units, e.g. 12_345 = 123.45 CNY. */
  amountMinor: number;
  /** ISO 4217 code, e.g. CNY. */
  currency: string;
}

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, { error: bilingual('must be an ISO 4217 currency code such as CNY', '须为 ISO 4217 货币代码，如 CNY') });
const minorUnits = z
  .number({ error: bilingual('must be an integer amount in minor units', '须为以最小货币单位表示的整数金额') })
  .int({ error: bilingual('must be an integer amount in minor units (no decimals)', '须为以最小货币单位表示的整数金额（不含小数）') })
  .max(Number.MAX_SAFE_INTEGER);

/** A non-negative amount (prices, payments, refunds). */
export const moneySchema = z.strictObject({
  amountMinor: minorUnits.min(0, { error: bilingual('must not be negative', '不得为负数') }),
  currency: currencySchema,
});
/** A strictly positive amount (a payment or refund of nothing means nothing). */
export const positiveMoneySchema = z.strictObject({
  amountMinor: minorUnits.min(1, { error: bilingual('must be greater than zero', '须大于零') }),
  currency: currencySchema,
});

export class CurrencyMismatchError extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`currency ${actual} does not match ${expected}`);
    this.name = 'CurrencyMismatchError';
  }
}

function checkedInteger(value: number, what: string): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer, got ${value}`);
  return value;
}

export const money = (amountMinor: number, currency: string): Money => ({ amountMinor: checkedInteger(amountMinor, 'amountMinor'), currency });
export const zeroMoney = (currency: string): Money => money(0, currency);

export function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
}

export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amountMinor + b.amountMinor, a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amountMinor - b.amountMinor, a.currency);
}

export function sumMoney(currency: string, amounts: readonly Money[]): Money {
  return amounts.reduce(addMoney, zeroMoney(currency));
}

/** `unit × numerator / denominator`, rounded half up on integers (e.g. an hourly rate × minutes / 60). */
export function multiplyMoney(unit: Money, numerator: number, denominator = 1): Money {
  checkedInteger(numerator, 'numerator');
  checkedInteger(denominator, 'denominator');
  if (denominator <= 0) throw new RangeError(`denominator must be positive, got ${denominator}`);
  const product = BigInt(unit.amountMinor) * BigInt(numerator);
  const d = BigInt(denominator);
  const sign = product < 0n ? -1n : 1n;
  const rounded = (sign * product * 2n + d) / (2n * d);
  return money(Number(sign * rounded), unit.currency);
}
