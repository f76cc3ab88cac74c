import type { ComplaintView, EscalateComplaintCommand, RecordComplaintStepCommand } from '@aftersales/contracts';

/** What the complaint workflow asks of quality. Implemented in apps/worker as thin NATS commands. */
export interface ComplaintActivities {
  /** Stores one step and publishes it; idempotent by its step key. */
  recordComplaintStep(input: RecordComplaintStepCommand): Promise<Pick<ComplaintView, 'status'>>;
  /** Escalates to leadership; once per reason. */
  escalateComplaint(input: EscalateComplaintCommand): Promise<Pick<ComplaintView, 'status'>>;
}
