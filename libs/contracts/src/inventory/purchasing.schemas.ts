import { z } from 'zod';
import { uuidSchema } from '../dispatch/technician.schemas';
import { codesOf } from '../labels';
import { PURCHASE_ORDER_STATUSES } from './inventory.labels';
import { partCodeSchema, partQtySchema, serialNosSchema, unitPriceSchema } from './part.schemas';
import { inventoryPageFields } from './stock.schemas';

const instant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with a UTC offset' });

/** Body of `POST /api/v1/suppliers`. */
export const registerSupplierRequestSchema = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9-]{2,32}$/, { error: 'must be 2 to 32 letters, digits or hyphens' }),
  name: z.string().trim().min(1).max(100),
  /** Days from order to delivery agreed in the contract (common 1, domestic 3 working days, imported longer). */
  leadTimeDays: z.number().int().min(1).max(365),
});
export type RegisterSupplierRequest = z.infer<typeof registerSupplierRequestSchema>;

export const supplierRefSchema = z.strictObject({ supplierId: uuidSchema });
export type SupplierRef = z.infer<typeof supplierRefSchema>;

/** Body of `POST /api/v1/purchase-orders`: a proposal a buyer then places. */
export const createPurchaseOrderRequestSchema = z.strictObject({
  supplierId: uuidSchema,
  partCode: partCodeSchema,
  qty: partQtySchema,
  unitPrice: unitPriceSchema,
  /** Defaults to the central warehouse. */
  toLocationId: uuidSchema.optional(),
});
export type CreatePurchaseOrderRequest = z.infer<typeof createPurchaseOrderRequestSchema>;

/** `GET /api/v1/suppliers`: a page, by code. */
export const listSuppliersQuerySchema = z.strictObject({ ...inventoryPageFields });
export type ListSuppliersQuery = z.infer<typeof listSuppliersQuerySchema>;

export const listPurchaseOrdersQuerySchema = z.strictObject({
  partCode: partCodeSchema.optional(),
  status: z.enum(codesOf(PURCHASE_ORDER_STATUSES)).optional(),
  ...inventoryPageFields,
});
export type ListPurchaseOrdersQuery = z.infer<typeof listPurchaseOrdersQuerySchema>;

export const placePurchaseOrderRequestSchema = z.strictObject({ expectedBy: instant, unitPrice: unitPriceSchema.optional() });
export type PlacePurchaseOrderRequest = z.infer<typeof placePurchaseOrderRequestSchema>;
export const placePurchaseOrderCommandSchema = placePurchaseOrderRequestSchema.extend({ purchaseOrderId: uuidSchema });
export type PlacePurchaseOrderCommand = z.infer<typeof placePurchaseOrderCommandSchema>;

const deliveryShape = {
  qtyDelivered: partQtySchema,
  qtyRejected: z.number().int().min(0).max(100_000).default(0),
  unitPrice: unitPriceSchema,
  receivedAt: instant.optional(),
  serialNos: serialNosSchema.optional(),
};
const rejectsWithinDelivery = (d: { qtyDelivered: number; qtyRejected: number }) => d.qtyRejected <= d.qtyDelivered;

/** The delivery: units that arrived, those rejected at inspection, the price invoiced; accepted units enter stock. */
export const receivePurchaseOrderRequestSchema = z.strictObject(deliveryShape).refine(rejectsWithinDelivery, { path: ['qtyRejected'], error: 'must not exceed qtyDelivered' });
export type ReceivePurchaseOrderRequest = z.input<typeof receivePurchaseOrderRequestSchema>;
export const receivePurchaseOrderCommandSchema = z
  .strictObject({ ...deliveryShape, purchaseOrderId: uuidSchema })
  .refine(rejectsWithinDelivery, { path: ['qtyRejected'], error: 'must not exceed qtyDelivered' });
export type ReceivePurchaseOrderCommand = z.input<typeof receivePurchaseOrderCommandSchema>;
export const purchaseOrderRefSchema = z.strictObject({ purchaseOrderId: uuidSchema });
