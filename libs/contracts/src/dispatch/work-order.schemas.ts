import { z } from 'zod';
import { caseNoSchema } from '../cases/case.schemas';
import { codesOf } from '../labels';
import { APPOINTMENT_CHANNELS, DISPATCHABLE_SERVICE_TYPES, LOANER_CONDITIONS, RELEASE_REASONS, TEST_OUTCOMES } from './dispatch.labels';
import { ASSIGNMENT_REQUESTERS } from './dispatch.types';
import { siteIdSchema } from './site.schemas';
import { isoDateSchema, latitudeSchema, longitudeSchema, productCategorySchema, skillSchema, uuidSchema } from './technician.schemas';

const instant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with a UTC offset' });
const freeText = (max: number) => z.string().trim().min(1).max(max);
const workOrderId = { workOrderId: uuidSchema };

const createShape = {
  caseNo: caseNoSchema,
  productCategory: productCategorySchema,
  serviceType: z.enum(codesOf(DISPATCHABLE_SERVICE_TYPES)),
  /** Defaults to the product category. */
  requiredSkill: skillSchema.optional(),
  /** The customer's site, or the outlet for a carry-in repair. Coordinates choose the nearest technician. */
  site: z.strictObject({ siteId: siteIdSchema, province: freeText(50), lat: latitudeSchema, lon: longitudeSchema }),
  outletId: freeText(50).optional(),
  /** Local day (Asia/Shanghai) of the visit; defaults to today. */
  serviceDate: isoDateSchema.optional(),
};

/** Body of `POST /api/v1/work-orders`, also the payload of the create command. */
export const createWorkOrderRequestSchema = z
  .strictObject(createShape)
  .refine((w) => w.serviceType !== 'repair_carry_in' || w.outletId !== undefined, { path: ['outletId'], error: 'is required for a carry-in repair' });
export type CreateWorkOrderRequest = z.infer<typeof createWorkOrderRequestSchema>;

/** Many cases at once, e.g. for a customer file. */
export const caseListSchema = z.strictObject({ caseNos: z.array(caseNoSchema).min(1).max(100) });
export type CaseList = z.infer<typeof caseListSchema>;

export const workOrderRefSchema = z.strictObject(workOrderId);
export type WorkOrderRef = z.infer<typeof workOrderRefSchema>;

export const assignWorkOrderRequestSchema = z.strictObject({ serviceDate: isoDateSchema.optional() });
export type AssignWorkOrderRequest = z.infer<typeof assignWorkOrderRequestSchema>;
/**
 * `requestedBy: 'case_workflow'`: the case's workflow asks and applies the answer itself, so the
 * assignment event is not relayed back to it (a dispatcher's request, over HTTP, cannot carry it).
 */
export const assignWorkOrderCommandSchema = assignWorkOrderRequestSchema.extend({ ...workOrderId, requestedBy: z.enum(ASSIGNMENT_REQUESTERS).optional() });
export type AssignWorkOrderCommand = z.infer<typeof assignWorkOrderCommandSchema>;

/** Body of `/decline` and `/no-show`: the technician released from the work order. */
export const releaseWorkOrderRequestSchema = z.strictObject({ technicianId: uuidSchema, note: freeText(500).optional() });
export type ReleaseWorkOrderRequest = z.infer<typeof releaseWorkOrderRequestSchema>;
export const releaseWorkOrderCommandSchema = releaseWorkOrderRequestSchema.extend({ ...workOrderId, reason: z.enum(codesOf(RELEASE_REASONS)) });
export type ReleaseWorkOrderCommand = z.infer<typeof releaseWorkOrderCommandSchema>;

export const confirmAppointmentRequestSchema = z.strictObject({
  expectedArrivalAt: instant,
  confirmedWithCustomer: z.literal(true, { error: 'must be true: the time is agreed with the customer' }),
  channel: z.enum(codesOf(APPOINTMENT_CHANNELS)),
});
export type ConfirmAppointmentRequest = z.infer<typeof confirmAppointmentRequestSchema>;
export const confirmAppointmentCommandSchema = confirmAppointmentRequestSchema.extend(workOrderId);
export type ConfirmAppointmentCommand = z.infer<typeof confirmAppointmentCommandSchema>;

export const acknowledgeHazardsRequestSchema = z.strictObject({
  technicianId: uuidSchema,
  hazardIds: z
    .array(uuidSchema)
    .min(1)
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'must not repeat a hazard' }),
});
export type AcknowledgeHazardsRequest = z.infer<typeof acknowledgeHazardsRequestSchema>;
export const acknowledgeHazardsCommandSchema = acknowledgeHazardsRequestSchema.extend(workOrderId);
export type AcknowledgeHazardsCommand = z.infer<typeof acknowledgeHazardsCommandSchema>;

export const checkInRequestSchema = z.strictObject({ technicianId: uuidSchema });
export type CheckInRequest = z.infer<typeof checkInRequestSchema>;
export const checkInCommandSchema = checkInRequestSchema.extend(workOrderId);
export type CheckInCommand = z.infer<typeof checkInCommandSchema>;

const recordShape = {
  diagnosis: freeText(2000).optional(),
  repairPlan: freeText(2000).optional(),
  customerConsent: z.strictObject({ given: z.boolean(), at: instant }).optional(),
  partsUsed: z
    .array(z.strictObject({
      partCode: z.string().regex(/^[A-Za-z0-9._-]{1,50}$/, { error: 'must be a part code of 1 to 50 letters, digits or . _ -' }),
      qty: z.number().int().min(1).max(999),
    }))
    .max(50)
    .optional(),
  testResult: z.strictObject({ outcome: z.enum(codesOf(TEST_OUTCOMES)), note: freeText(1000).optional() }).optional(),
  latentProblems: z.array(freeText(500)).max(20).optional(),
};
const changesSomething = (r: Record<string, unknown>) => Object.entries(r).some(([k, v]) => k !== 'workOrderId' && v !== undefined);

/** Body of `POST /api/v1/work-orders/{id}/record`: the fields given replace those recorded (维修记录). */
export const updateServiceRecordRequestSchema = z.strictObject(recordShape).refine(changesSomething, { error: 'must give at least one field' });
export type UpdateServiceRecordRequest = z.infer<typeof updateServiceRecordRequestSchema>;
export const updateServiceRecordCommandSchema = z.strictObject({ ...recordShape, ...workOrderId }).refine(changesSomething, { error: 'must give at least one field' });
export type UpdateServiceRecordCommand = z.infer<typeof updateServiceRecordCommandSchema>;

/** The customer's acceptance (签收). */
export const signOffRequestSchema = z.strictObject({ signedBy: freeText(100), signedAt: instant.optional() });
export type SignOffRequest = z.infer<typeof signOffRequestSchema>;
export const signOffCommandSchema = signOffRequestSchema.extend(workOrderId);
export type SignOffCommand = z.infer<typeof signOffCommandSchema>;

export const loanerSerialSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, { error: 'must be 1 to 64 letters, digits or hyphens' });

export const issueLoanerRequestSchema = z.strictObject({ serialNo: loanerSerialSchema });
export type IssueLoanerRequest = z.infer<typeof issueLoanerRequestSchema>;
export const issueLoanerCommandSchema = issueLoanerRequestSchema.extend(workOrderId);
export type IssueLoanerCommand = z.infer<typeof issueLoanerCommandSchema>;

export const returnLoanerRequestSchema = z.strictObject({ condition: z.enum(codesOf(LOANER_CONDITIONS)).default('good') });
export type ReturnLoanerRequest = z.infer<typeof returnLoanerRequestSchema>;
export const returnLoanerCommandSchema = returnLoanerRequestSchema.extend({ ...workOrderId, serialNo: loanerSerialSchema });
export type ReturnLoanerCommand = z.infer<typeof returnLoanerCommandSchema>;

/** Payload of `cmd.dispatch.workorder.assign-outlet`: the outlet that took the work order. */
export const assignOutletCommandSchema = z.strictObject({ ...workOrderId, outletId: z.string().trim().min(1).max(50) });
export type AssignOutletCommand = z.infer<typeof assignOutletCommandSchema>;
