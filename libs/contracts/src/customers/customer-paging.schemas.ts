import { z } from 'zod';
import { productCategorySchema } from '../dispatch/technician.schemas';
import { CUSTOMER_TIERS, codesOf, type CustomerTier } from '../labels';
import { NOTIFICATION_CHANNELS, NOTIFICATION_TEMPLATES, type NotificationTemplate } from '../notifications/notification.schemas';

/**
 * A page of customers of some tiers, in id order; `afterId` continues after the last one seen. With
 * `categories`, only customers owning a unit of one of those product categories (inspection visits).
 */
export const listCustomersByTierQuerySchema = z.strictObject({
  tiers: z.array(z.enum(codesOf(CUSTOMER_TIERS))).min(1).max(3),
  categories: z.array(productCategorySchema).min(1).max(10).optional(),
  limit: z.number().int().min(1).max(500).default(100),
  afterId: z.uuid().nullable().default(null),
});
export type ListCustomersByTierQuery = z.input<typeof listCustomersByTierQuerySchema>;

export interface CustomerRefPage {
  /** Ids and codes only: enough to start a follow-up, nothing to contact the customer with. */
  items: { customerId: string; tier: CustomerTier; preferredChannel: string }[];
  nextAfterId: string | null;
}

/** A message to a customer about no case (a periodic follow-up), on an explicit channel. */
export const notifyCustomerByIdCommandSchema = z.strictObject({
  customerId: z.uuid(),
  template: z.enum(Object.keys(NOTIFICATION_TEMPLATES) as [NotificationTemplate, ...NotificationTemplate[]]),
  key: z.string().min(1).max(120),
  channel: z.enum(NOTIFICATION_CHANNELS),
  params: z.record(z.string(), z.union([z.string().max(200), z.number()])).default({}),
});
export type NotifyCustomerByIdCommand = z.input<typeof notifyCustomerByIdCommandSchema>;
