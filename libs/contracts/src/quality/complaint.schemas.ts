import { z } from 'zod';
import { bilingual } from '../bilingual';
import { caseNoSchema } from '../cases/case.schemas';
import { codesOf } from '../labels';
import { DEPARTMENTS, REMEDIES, ROOT_CAUSES, type ComplaintSource, type ComplaintStatus, type ComplaintStep, type EscalationReason } from './quality.labels';

export const COMPLAINT_NO_PATTERN = /^CP-\d{8}-\d{6}$/;
export const complaintNoSchema = z.string().regex(COMPLAINT_NO_PATTERN, { error: bilingual('must be a complaint number like CP-20261123-000001', '须为形如 CP-20261123-000001 的投诉编号') });

/** A complaint as a customer or agent registers it; the matter stays in quality, never in a workflow. */
export const registerComplaintRequestSchema = z.strictObject({
  customerId: z.uuid({ error: bilingual('must be a customer id (UUID)', '须为客户编号（UUID）') }),
  caseNo: caseNoSchema.optional(),
  matter: z.string().trim().min(1, { error: bilingual('must describe the matter', '须填写投诉事项') }).max(2000),
});
export type RegisterComplaintRequest = z.infer<typeof registerComplaintRequestSchema>;

export const registerComplaintCommandSchema = registerComplaintRequestSchema.extend({
  source: z.enum(['customer', 'follow_up']),
  matter: z.string().max(2000).nullable(),
});
export type RegisterComplaintCommand = z.infer<typeof registerComplaintCommandSchema>;

export const acknowledgeComplaintSchema = z.strictObject({});
export const verifyComplaintSchema = z.strictObject({ department: z.enum(codesOf(DEPARTMENTS)) });
export const agreeSolutionSchema = z.strictObject({ remedy: z.enum(codesOf(REMEDIES)) });
export const reviewComplaintSchema = z.strictObject({ approved: z.boolean({ error: bilingual('must be true or false', '须为 true 或 false') }) });
export const replyComplaintSchema = z.strictObject({ satisfied: z.boolean({ error: bilingual('must be true or false', '须为 true 或 false') }) });
export const closeComplaintSchema = z.strictObject({ rootCause: z.enum(codesOf(ROOT_CAUSES)) });

export type VerifyComplaintRequest = z.infer<typeof verifyComplaintSchema>;
export type AgreeSolutionRequest = z.infer<typeof agreeSolutionSchema>;
export type ReviewComplaintRequest = z.infer<typeof reviewComplaintSchema>;
export type ReplyComplaintRequest = z.infer<typeof replyComplaintSchema>;
export type CloseComplaintRequest = z.infer<typeof closeComplaintSchema>;

/** One step of a complaint as the workflow records it in quality: codes only. */
export const recordComplaintStepCommandSchema = z.strictObject({
  complaintNo: complaintNoSchema,
  step: z.enum(['acknowledge', 'verify', 'agree_solution', 'review', 'reply', 'close']),
  status: z.enum(['registered', 'acknowledged', 'verified', 'solution_agreed', 'approved', 'replied', 'closed']),
  department: z.enum(codesOf(DEPARTMENTS)).optional(),
  remedy: z.enum(codesOf(REMEDIES)).optional(),
  approved: z.boolean().optional(),
  satisfied: z.boolean().optional(),
  rootCause: z.enum(codesOf(ROOT_CAUSES)).optional(),
  headRejections: z.number().int().min(0),
  /** Unique per step occurrence, so a retried activity records it once. */
  stepKey: z.string().min(1).max(80),
});
export type RecordComplaintStepCommand = z.infer<typeof recordComplaintStepCommandSchema>;

export const escalateComplaintCommandSchema = z.strictObject({ complaintNo: complaintNoSchema, reason: z.enum(['overdue', 'rejected_twice']) });
export type EscalateComplaintCommand = z.infer<typeof escalateComplaintCommandSchema>;

export const complaintRefSchema = z.strictObject({ complaintNo: complaintNoSchema });
export type ComplaintRef = z.infer<typeof complaintRefSchema>;

export interface ComplaintView {
  id: string;
  complaintNo: string;
  customerId: string;
  caseNo: string | null;
  source: ComplaintSource;
  status: ComplaintStatus;
  /** Free text from the customer: agents only. */
  matter: string | null;
  department: string | null;
  remedy: string | null;
  headRejections: number;
  satisfied: boolean | null;
  rootCause: string | null;
  escalations: { reason: EscalationReason; at: string }[];
  steps: { step: ComplaintStep; status: ComplaintStatus; at: string }[];
  registeredAt: string;
  promisedReplyAt: string;
  closedAt: string | null;
}
