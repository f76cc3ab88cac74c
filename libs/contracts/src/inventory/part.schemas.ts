import { z } from 'zod';
import { bilingual } from '../bilingual';
import { codesOf } from '../labels';
import { uuidSchema } from '../dispatch/technician.schemas';
import { PART_CATEGORIES } from './inventory.labels';

export const partCodeSchema = z.string().regex(/^[A-Za-z0-9._-]{1,50}$/, { error: bilingual('must be a part code of 1 to 50 letters, digits or . _ -', '须为 1 到 50 位字母、数字或 . _ - 组成的配件编码') });
/** A quantity of parts: a whole number of units, never negative or zero. */
export const partQtySchema = z.number().int().min(1, { error: bilingual('must be a whole number of at least 1', '须为不小于 1 的整数') }).max(100_000);
export const serialNoSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, { error: 'must be 1 to 64 letters, digits or hyphens' });
export const serialNosSchema = z
  .array(serialNoSchema)
  .min(1)
  .max(1000)
  .refine((s) => new Set(s).size === s.length, { error: bilingual('must not repeat a serial number', '序列号不能重复') });

/** Money in integer minor units (分) with its ISO 4217 currency. */
export const unitPriceSchema = z.strictObject({
  amountMinor: z.number().int().min(0, { error: bilingual('must be a whole number of minor units, not negative', '须为非负整数（最小货币单位）') }).max(1_000_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: bilingual('must be an ISO 4217 code like CNY', '须为 ISO 4217 货币代码，如 CNY') }),
});
export type UnitPrice = z.infer<typeof unitPriceSchema>;

const freeText = (max: number) => z.string().trim().min(1).max(max);

/** Body of `POST /api/v1/parts`, also the register command (配件目录). */
export const registerPartRequestSchema = z.strictObject({
  partCode: partCodeSchema,
  name: z.strictObject({ zh: freeText(100), en: freeText(100) }),
  category: z.enum(codesOf(PART_CATEGORIES)),
  /** The reference price; billing prices parts from its own price list. */
  unitPrice: unitPriceSchema,
  /** Valuable parts are tracked unit by unit by serial number. */
  serialTracked: z.boolean().default(false),
  substitutes: z.array(partCodeSchema).max(20).default([]),
  /** The central warehouse reorders when on hand plus on order falls below this. */
  reorderPoint: z.number().int().min(0).max(100_000).default(0),
  reorderQty: z.number().int().min(0).max(100_000).default(0),
  preferredSupplierId: uuidSchema.optional(),
});
export type RegisterPartRequest = z.input<typeof registerPartRequestSchema>;
export type RegisterPartCommand = z.infer<typeof registerPartRequestSchema>;

export const partRefSchema = z.strictObject({ partCode: partCodeSchema });
export type PartRef = z.infer<typeof partRefSchema>;

export const listPartsQuerySchema = z.strictObject({
  category: z.enum(codesOf(PART_CATEGORIES)).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListPartsQuery = z.infer<typeof listPartsQuerySchema>;

export const discontinuePartRequestSchema = z.strictObject({ reason: freeText(500).optional() });
export type DiscontinuePartRequest = z.infer<typeof discontinuePartRequestSchema>;
export const discontinuePartCommandSchema = discontinuePartRequestSchema.extend({ partCode: partCodeSchema });
export type DiscontinuePartCommand = z.infer<typeof discontinuePartCommandSchema>;
