import { z } from 'zod';
import { bilingual } from '../bilingual';
import { uuidSchema } from '../dispatch/technician.schemas';
import { partCodeSchema } from './part.schemas';

/** Body of `POST /api/v1/stocktakes`: opens a count sheet of everything the location's books hold. */
export const openStocktakeRequestSchema = z.strictObject({ locationId: uuidSchema });
export type OpenStocktakeRequest = z.infer<typeof openStocktakeRequestSchema>;

export const stocktakeRefSchema = z.strictObject({ stocktakeId: uuidSchema });
export type StocktakeRef = z.infer<typeof stocktakeRefSchema>;

const countLine = z
  .strictObject({
    partCode: partCodeSchema,
    counted: z.number().int().min(0, { error: bilingual('must be a whole number, not negative', '须为非负整数') }).max(100_000),
    /** Serial-tracked parts list the units found; their number is the count. */
    serialNos: z.array(z.string().regex(/^[A-Za-z0-9-]{1,64}$/)).max(1000).optional(),
  })
  .refine((l) => !l.serialNos || l.serialNos.length === l.counted, { path: ['serialNos'], error: bilingual('must list exactly counted serial numbers', '序列号数量须等于盘点数量') });

/** Body of `POST /api/v1/stocktakes/{id}/counts`: counted quantities; a later count of a part replaces the earlier. */
export const countStocktakeRequestSchema = z.strictObject({
  lines: z.array(countLine).min(1).max(1000).refine((ls) => new Set(ls.map((l) => l.partCode)).size === ls.length, { error: 'must list each part once' }),
});
export type CountStocktakeRequest = z.infer<typeof countStocktakeRequestSchema>;
export const countStocktakeCommandSchema = countStocktakeRequestSchema.extend({ stocktakeId: uuidSchema });
export type CountStocktakeCommand = z.infer<typeof countStocktakeCommandSchema>;
