import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  AgreeSolutionRequest,
  CloseComplaintRequest,
  ComplaintStatus,
  EscalationReason,
  ReplyComplaintRequest,
  ReviewComplaintRequest,
  VerifyComplaintRequest,
} from '@aftersales/contracts';

export interface ComplaintWorkflowState {
  complaintNo: string;
  status: ComplaintStatus;
  headRejections: number;
  escalations: EscalationReason[];
  /** The next deadline that escalates when missed, as an ISO instant; null when none is running. */
  dueAt: string | null;
  policyVersion: string;
}

// Each step is an update with a validator: a step out of order is refused and changes nothing.
export const acknowledgeComplaintUpdate = defineUpdate<ComplaintWorkflowState, [Record<string, never>]>('acknowledgeComplaint');
export const verifyComplaintUpdate = defineUpdate<ComplaintWorkflowState, [VerifyComplaintRequest]>('verifyComplaint');
export const agreeSolutionUpdate = defineUpdate<ComplaintWorkflowState, [AgreeSolutionRequest]>('agreeSolution');
export const reviewComplaintUpdate = defineUpdate<ComplaintWorkflowState, [ReviewComplaintRequest]>('reviewComplaint');
export const replyComplaintUpdate = defineUpdate<ComplaintWorkflowState, [ReplyComplaintRequest]>('replyComplaint');
export const closeComplaintUpdate = defineUpdate<ComplaintWorkflowState, [CloseComplaintRequest]>('closeComplaint');
export const complaintStateQuery = defineQuery<ComplaintWorkflowState>('complaintState');
