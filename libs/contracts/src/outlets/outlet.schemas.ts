import { z } from 'zod';
import { codesOf } from '../labels';
import { isoDateSchema, latitudeSchema, longitudeSchema, productCategorySchema, uuidSchema } from '../dispatch/technician.schemas';
import { ESTABLISHMENT_STEPS, OFFER_OUTCOMES, OUTLET_KINDS, OUTLET_ROLES, OUTLET_STATUSES } from './outlets.labels';

export const outletKindSchema = z.enum(codesOf(OUTLET_KINDS));
export const outletStatusSchema = z.enum(codesOf(OUTLET_STATUSES));
export const outletRoleSchema = z.enum(codesOf(OUTLET_ROLES));
export const establishmentStepSchema = z.enum(codesOf(ESTABLISHMENT_STEPS));
const text = (max: number) => z.string().trim().min(1).max(max);
export const coordinatesSchema = z.strictObject({ lat: latitudeSchema, lon: longitudeSchema });

/** Coverage by a radius around the outlet, or by a list of provinces or cities (by their Chinese names). */
export const coverageSchema = z.union([
  z.strictObject({ radiusKm: z.number().positive().max(2000) }),
  z.strictObject({
    regions: z
      .array(text(50))
      .min(1)
      .max(50)
      .refine((list) => new Set(list).size === list.length, { error: 'must not repeat a region' }),
  }),
]);
export type Coverage = z.infer<typeof coverageSchema>;

/** Body of `POST /api/v1/outlets`, also the payload of the register command. */
export const registerOutletRequestSchema = z.strictObject({
  code: z.string().regex(/^[A-Z0-9-]{3,32}$/, { error: 'must be 3 to 32 capital letters, digits or hyphens' }),
  kind: outletKindSchema,
  name: z.strictObject({ zh: text(100), en: text(100) }),
  address: text(200),
  city: text(50),
  province: text(50),
  location: coordinatesSchema,
  coverage: coverageSchema,
  dailyCapacity: z.number().int().min(1).max(1000),
});
export type RegisterOutletRequest = z.infer<typeof registerOutletRequestSchema>;

export const outletRefSchema = z.strictObject({ outletId: uuidSchema });
export type OutletRef = z.infer<typeof outletRefSchema>;

export const listOutletsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  status: outletStatusSchema.optional(),
  kind: outletKindSchema.optional(),
});
export type ListOutletsQuery = z.infer<typeof listOutletsQuerySchema>;

/** Which open outlets cover a place; `region` (province or city) also matches region-covered outlets. */
export const findCoveringOutletsQuerySchema = z.strictObject({
  location: coordinatesSchema,
  regions: z.array(text(50)).max(5).default([]),
  kind: outletKindSchema.optional(),
  excludeOutletIds: z.array(uuidSchema).max(100).default([]),
});
export type FindCoveringOutletsQuery = z.infer<typeof findCoveringOutletsQuerySchema>;

/** The person recording a step; the role is checked against the step until real authentication arrives. */
export const actorSchema = z.strictObject({ id: text(64), role: outletRoleSchema });
export type OutletActor = z.infer<typeof actorSchema>;

/** Body of `POST /api/v1/outlets/{id}/establishment/steps`: the next step, approved by someone in its role. */
export const establishmentStepRequestSchema = z.strictObject({ step: establishmentStepSchema, actor: actorSchema, note: text(500).optional() });
export type EstablishmentStepRequest = z.infer<typeof establishmentStepRequestSchema>;
export const recordEstablishmentStepCommandSchema = z.strictObject({
  outletId: uuidSchema,
  step: establishmentStepSchema,
  actor: actorSchema,
  sequence: z.number().int().min(1).max(20),
});
export type RecordEstablishmentStepCommand = z.infer<typeof recordEstablishmentStepCommandSchema>;

/** Body of `POST /api/v1/outlets/{id}/move`: the new address, place and coverage. */
export const moveOutletRequestSchema = z.strictObject({
  address: text(200),
  city: text(50),
  province: text(50),
  location: coordinatesSchema,
  coverage: coverageSchema,
  actor: actorSchema,
});
export type MoveOutletRequest = z.infer<typeof moveOutletRequestSchema>;
export const moveOutletCommandSchema = z.strictObject({ outletId: uuidSchema, move: moveOutletRequestSchema });
export type MoveOutletCommand = z.infer<typeof moveOutletCommandSchema>;

export const closeOutletRequestSchema = z.strictObject({ actor: actorSchema });
export type CloseOutletRequest = z.infer<typeof closeOutletRequestSchema>;
export const closeOutletCommandSchema = z.strictObject({ outletId: uuidSchema, actor: actorSchema });
export type CloseOutletCommand = z.infer<typeof closeOutletCommandSchema>;

/** A training record of an outlet staff member, with the competency certificate it earned, if any. */
export const recordTrainingRequestSchema = z
  .strictObject({
    employeeNo: z.string().regex(/^[A-Za-z0-9-]{1,32}$/, { error: 'must be 1 to 32 letters, digits or hyphens' }),
    course: text(100),
    completedOn: isoDateSchema,
    certification: z
      .strictObject({ category: productCategorySchema, certificateNo: text(50), expiresOn: isoDateSchema })
      .optional(),
  })
  .refine((r) => !r.certification || r.completedOn <= r.certification.expiresOn, { path: ['certification', 'expiresOn'], error: 'must not be before completedOn' });
export type RecordTrainingRequest = z.infer<typeof recordTrainingRequestSchema>;
export const recordTrainingCommandSchema = z.strictObject({ outletId: uuidSchema, training: recordTrainingRequestSchema });
export type RecordTrainingCommand = z.infer<typeof recordTrainingCommandSchema>;
export const listTrainingQuerySchema = z.strictObject({ outletId: uuidSchema, validOn: isoDateSchema.optional() });
export type ListTrainingQuery = z.infer<typeof listTrainingQuerySchema>;

/** Body of `POST /api/v1/outlets/{id}/surveys`: the annual survey, its findings and rectification demands. */
export const recordSurveyRequestSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  score: z.number().int().min(0).max(100),
  demands: z
    .array(z.strictObject({ code: z.string().regex(/^[A-Z0-9_-]{1,32}$/, { error: 'must be 1 to 32 capital letters, digits, _ or -' }), description: text(500) }))
    .max(50)
    .default([]),
});
export type RecordSurveyRequest = z.infer<typeof recordSurveyRequestSchema>;
export const recordSurveyCommandSchema = z.strictObject({ outletId: uuidSchema, survey: recordSurveyRequestSchema });
export type RecordSurveyCommand = z.infer<typeof recordSurveyCommandSchema>;
export const surveyRefSchema = z.strictObject({ surveyId: uuidSchema });
export type SurveyRef = z.infer<typeof surveyRefSchema>;

/** Body of `POST /api/v1/outlets/offers`: offer a dispatch work order to outsourced outlets. */
export const openOfferRequestSchema = z.strictObject({ workOrderId: uuidSchema });
export type OpenOfferRequest = z.infer<typeof openOfferRequestSchema>;
export const openOfferCommandSchema = z.strictObject({
  workOrderId: uuidSchema,
  caseNo: text(20),
  site: z.strictObject({ province: text(50), lat: latitudeSchema, lon: longitudeSchema }),
});
export type OpenOfferCommand = z.infer<typeof openOfferCommandSchema>;
export const offerRefSchema = z.strictObject({ workOrderId: uuidSchema });
export type OfferRef = z.infer<typeof offerRefSchema>;

/** Body of `POST /api/v1/outlets/{id}/offers/{workOrderId}/answer`. */
export const answerOfferRequestSchema = z
  .strictObject({ accepted: z.boolean(), reason: text(200).optional() })
  .refine((a) => a.accepted || a.reason !== undefined, { path: ['reason'], error: 'is required when rejecting' });
export type AnswerOfferRequest = z.infer<typeof answerOfferRequestSchema>;
export const answerOfferCommandSchema = z.strictObject({
  workOrderId: uuidSchema,
  outletId: uuidSchema,
  outcome: z.enum(codesOf(OFFER_OUTCOMES)),
});
export type AnswerOfferCommand = z.infer<typeof answerOfferCommandSchema>;

/** The network policy (网点政策): every duration the outlet workflows use. */
export const outletPolicySchema = z.strictObject({
  offerResponseSeconds: z.number().int().min(1).max(7 * 86_400),
  rectificationPeriodSeconds: z.number().int().min(1).max(366 * 86_400),
});
export type OutletPolicy = z.infer<typeof outletPolicySchema>;

/** Query of `GET /api/v1/outlets/covering`: a place by its coordinates, optionally its province or city. */
export const coveringOutletsQuerySchema = z.strictObject({
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
  region: text(50).optional(),
  kind: outletKindSchema.optional(),
});
export type CoveringOutletsQuery = z.infer<typeof coveringOutletsQuerySchema>;

export const listTrainingRequestQuerySchema = z.strictObject({ validOn: isoDateSchema.optional() });
export type ListTrainingRequestQuery = z.infer<typeof listTrainingRequestQuerySchema>;
