import { z } from 'zod';
import { bilingual } from '../bilingual';
import { caseNoSchema } from '../cases/case.schemas';
import { codesOf } from '../labels';
import { uuidSchema } from '../dispatch/technician.schemas';
import { LOCATION_KINDS, MANUAL_MOVEMENT_KINDS } from './inventory.labels';
import { partCodeSchema, partQtySchema, serialNosSchema } from './part.schemas';

const freeText = (max: number) => z.string().trim().min(1).max(max);
const outletIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,50}$/, { error: 'must be an outlet id of 1 to 50 letters, digits or hyphens' });
/** Who acts (employee number or user id): recorded on requisitions, never published. */
const actorSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { error: 'must be an employee id of 1 to 64 letters, digits or . _ -' });

/** Body of `POST /api/v1/locations`: the central warehouse, an outlet's stock or a technician's van. */
export const registerLocationRequestSchema = z
  .strictObject({ kind: z.enum(codesOf(LOCATION_KINDS)), outletId: outletIdSchema.optional(), technicianId: uuidSchema.optional() })
  .refine((l) => l.kind !== 'outlet' || l.outletId !== undefined, { path: ['outletId'], error: 'is required for an outlet location' })
  .refine((l) => l.kind !== 'van' || l.technicianId !== undefined, { path: ['technicianId'], error: "is required for a technician's van" })
  .refine((l) => l.kind === 'outlet' || l.outletId === undefined, { path: ['outletId'], error: 'belongs to outlet locations only' })
  .refine((l) => l.kind === 'van' || l.technicianId === undefined, { path: ['technicianId'], error: 'belongs to van locations only' });
export type RegisterLocationRequest = z.infer<typeof registerLocationRequestSchema>;

/** A page of a list that grows with the business: `limit` (1–500, default 100) rows after `offset`. */
export const inventoryPageFields = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};
export interface InventoryPage {
  limit: number;
  offset: number;
}

/** `GET /api/v1/locations`: by kind, or the one location of an outlet or a technician's van; a page. */
export const listLocationsQuerySchema = z
  .strictObject({ kind: z.enum(codesOf(LOCATION_KINDS)).optional(), outletId: outletIdSchema.optional(), technicianId: uuidSchema.optional(), ...inventoryPageFields })
  .refine((q) => q.outletId === undefined || q.technicianId === undefined, { path: ['technicianId'], error: 'cannot be asked together with outletId' })
  .refine((q) => q.outletId === undefined || (q.kind ?? 'outlet') === 'outlet', { path: ['outletId'], error: 'belongs to outlet locations only' })
  .refine((q) => q.technicianId === undefined || (q.kind ?? 'van') === 'van', { path: ['technicianId'], error: 'belongs to van locations only' });
export type ListLocationsQuery = z.infer<typeof listLocationsQuerySchema>;

export const listStockQuerySchema = z.strictObject({ locationId: uuidSchema.optional(), partCode: partCodeSchema.optional(), ...inventoryPageFields });
export type ListStockQuery = z.infer<typeof listStockQuerySchema>;

/**
 * Body of `POST /api/v1/movements`: a receipt into a location, a transfer between two, a return of unused
 * parts from a van, or an adjustment in (to) or out (from) with its reason. Serial-tracked parts name each unit.
 */
export const recordMovementRequestSchema = z
  .strictObject({
    kind: z.enum(codesOf(MANUAL_MOVEMENT_KINDS)),
    partCode: partCodeSchema,
    qty: partQtySchema,
    fromLocationId: uuidSchema.optional(),
    toLocationId: uuidSchema.optional(),
    serialNos: serialNosSchema.optional(),
    caseNo: caseNoSchema.optional(),
    reason: freeText(200).optional(),
  })
  .refine((m) => m.kind !== 'receipt' || (m.toLocationId && !m.fromLocationId), { path: ['toLocationId'], error: 'a receipt goes into one location (toLocationId only)' })
  .refine((m) => !['transfer', 'return'].includes(m.kind) || (m.fromLocationId && m.toLocationId), { path: ['fromLocationId'], error: 'a transfer or return needs fromLocationId and toLocationId' })
  .refine((m) => m.kind !== 'adjustment' || Boolean(m.fromLocationId) !== Boolean(m.toLocationId), { path: ['toLocationId'], error: 'an adjustment names either toLocationId (in) or fromLocationId (out)' })
  .refine((m) => m.kind !== 'adjustment' || m.reason !== undefined, { path: ['reason'], error: 'is required for an adjustment' })
  .refine((m) => !m.fromLocationId || m.fromLocationId !== m.toLocationId, { path: ['toLocationId'], error: bilingual('must differ from fromLocationId', '不能与来源库位相同') })
  .refine((m) => !m.serialNos || m.serialNos.length === m.qty, { path: ['serialNos'], error: bilingual('must list exactly qty serial numbers', '序列号数量须等于数量') });
export type RecordMovementRequest = z.infer<typeof recordMovementRequestSchema>;

export const listMovementsQuerySchema = z.strictObject({
  partCode: partCodeSchema.optional(),
  locationId: uuidSchema.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  offset: inventoryPageFields.offset,
});
export type ListMovementsQuery = z.infer<typeof listMovementsQuerySchema>;

/** Reserve a part for a case (idempotent per case and part); the central warehouse unless a location is named. */
export const reservePartsRequestSchema = z.strictObject({
  caseNo: caseNoSchema,
  partCode: partCodeSchema,
  qty: partQtySchema,
  locationId: uuidSchema.optional(),
});
export type ReservePartsRequest = z.infer<typeof reservePartsRequestSchema>;

/** Release a case's active reservations: every part, or one. Releasing twice changes nothing. */
export const releaseReservationsRequestSchema = z.strictObject({ caseNo: caseNoSchema, partCode: partCodeSchema.optional() });
export type ReleaseReservationsRequest = z.infer<typeof releaseReservationsRequestSchema>;

export const listReservationsQuerySchema = z.strictObject({ caseNo: caseNoSchema.optional(), partCode: partCodeSchema.optional(), ...inventoryPageFields });
export type ListReservationsQuery = z.infer<typeof listReservationsQuerySchema>;

const partLine = z.strictObject({ partCode: partCodeSchema, qty: partQtySchema, serialNos: serialNosSchema.optional() });
const distinctParts = (lines: { partCode: string }[]) => new Set(lines.map((l) => l.partCode)).size === lines.length;

/** Parts used on site, taken from the technician's van in one step; a repeated key replays the first answer. */
export const consumePartsRequestSchema = z.strictObject({
  idempotencyKey: z.string().regex(/^[A-Za-z0-9:._-]{8,200}$/, { error: 'must be 8 to 200 letters, digits or : . _ -' }),
  caseNo: caseNoSchema,
  technicianId: uuidSchema,
  lines: z.array(partLine).min(1).max(50).refine(distinctParts, { error: bilingual('must list each part once', '每种配件只能列一次') }),
});
export type ConsumePartsRequest = z.infer<typeof consumePartsRequestSchema>;

/** A technician's requisition (领料单) from a location; a department head approves it before issue. */
export const requestRequisitionRequestSchema = z.strictObject({
  technicianId: uuidSchema,
  fromLocationId: uuidSchema,
  caseNo: caseNoSchema.optional(),
  requestedBy: actorSchema,
  lines: z.array(z.strictObject({ partCode: partCodeSchema, qty: partQtySchema })).min(1).max(50).refine(distinctParts, { error: bilingual('must list each part once', '每种配件只能列一次') }),
});
export type RequestRequisitionRequest = z.infer<typeof requestRequisitionRequestSchema>;

export const requisitionRefSchema = z.strictObject({ requisitionId: uuidSchema });
export type RequisitionRef = z.infer<typeof requisitionRefSchema>;

const decideShape = { decision: z.enum(['approved', 'rejected']), decidedBy: actorSchema, reason: freeText(500).optional() };
const reasonWhenRejected = (d: { decision: string; reason?: string }) => d.decision !== 'rejected' || d.reason !== undefined;
/** The department head's decision on a requisition. */
export const decideRequisitionRequestSchema = z.strictObject(decideShape).refine(reasonWhenRejected, { path: ['reason'], error: 'is required when rejecting' });
export type DecideRequisitionRequest = z.infer<typeof decideRequisitionRequestSchema>;
export const decideRequisitionCommandSchema = z.strictObject({ ...decideShape, requisitionId: uuidSchema }).refine(reasonWhenRejected, { path: ['reason'], error: 'is required when rejecting' });
export type DecideRequisitionCommand = z.infer<typeof decideRequisitionCommandSchema>;

/** Issue an approved requisition to the technician's van; serial-tracked parts name the units handed over. */
export const issueRequisitionRequestSchema = z.strictObject({
  serials: z.array(z.strictObject({ partCode: partCodeSchema, serialNos: serialNosSchema })).max(50).default([]),
});
export type IssueRequisitionRequest = z.infer<typeof issueRequisitionRequestSchema>;
export const issueRequisitionCommandSchema = issueRequisitionRequestSchema.extend({ requisitionId: uuidSchema });
export type IssueRequisitionCommand = z.infer<typeof issueRequisitionCommandSchema>;
