import { z } from 'zod';
import { bilingual } from '../bilingual';
import { productCategorySchema } from '../dispatch/technician.schemas';
import type { ProductCategory } from '../dispatch/dispatch.labels';

export const productModelCodeSchema = z.string().regex(/^[A-Za-z0-9-]{1,50}$/, { error: bilingual('must be 1 to 50 letters, digits or hyphens', '须为 1 至 50 位字母、数字或连字符') });

/** The warranty and return/exchange terms of a model (RULES.md 保修, 退换货): policy values per model. */
const termsSchema = z.strictObject({
  nameZh: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100),
  category: productCategorySchema,
  warrantyMonths: z.number().int().min(0).max(240),
  /** Vehicles: the warranty also ends at this mileage, whichever comes first. */
  warrantyKm: z.number().int().positive().max(10_000_000).nullable().default(null),
  returnDays: z.number().int().min(0).max(90).default(7),
  exchangeDays: z.number().int().min(0).max(90).default(15),
});

/** Body of `POST /api/v1/product-models`. */
export const registerProductModelSchema = termsSchema.extend({ code: productModelCodeSchema });
export type RegisterProductModelCommand = z.infer<typeof registerProductModelSchema>;

/** Body of `PUT /api/v1/product-models/{code}`: new terms apply to cases opened from now on. */
export const changeProductModelRequestSchema = termsSchema;
export const changeProductModelCommandSchema = termsSchema.extend({ code: productModelCodeSchema });
export type ChangeProductModelRequest = z.infer<typeof changeProductModelRequestSchema>;
export type ChangeProductModelCommand = z.infer<typeof changeProductModelCommandSchema>;

export const productModelRefSchema = z.strictObject({ code: productModelCodeSchema });
export type ProductModelRef = z.infer<typeof productModelRefSchema>;

export const listProductModelsQuerySchema = z.strictObject({
  category: productCategorySchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListProductModelsQuery = z.infer<typeof listProductModelsQuerySchema>;

export interface ProductModelView {
  code: string;
  nameZh: string;
  nameEn: string;
  category: ProductCategory;
  warrantyMonths: number;
  warrantyKm: number | null;
  returnDays: number;
  exchangeDays: number;
}

export interface ProductModelPage {
  items: ProductModelView[];
  total: number;
  limit: number;
  offset: number;
}

/** `aftersales.intake.product-model.registered` and `.changed`: the model's terms, no personal data. */
export type ProductModelChangedV1 = ProductModelView & { changedAt: string };
