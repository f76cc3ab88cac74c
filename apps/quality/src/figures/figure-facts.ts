import {
  DispatchEventSubjects,
  eventType,
  EventSubjects,
  QualityEventSubjects,
  type CaseClosedV1,
  type CaseOpenedV1,
  type ComplaintRegisteredV1,
  type EventEnvelope,
  type SlaEventV1,
  type FollowUpSurveyRecordedV1,
  type WorkOrderAssignedV1,
  type WorkOrderCreatedV1,
  type WorkOrderSignedOffV1,
} from '@aftersales/contracts';

/** One change to a case's facts: columns to set, and counters to add to. */
export interface FactChange {
  caseNo: string;
  set: Record<string, string | number | boolean | null>;
  add: Record<string, number>;
}

type Rule = (data: never) => FactChange | null;

const fact = (caseNo: string | null, set: FactChange['set'] = {}, add: FactChange['add'] = {}): FactChange | null => (caseNo ? { caseNo, set, add } : null);

/** Which event changes which fact; other events change nothing. Column names are the table's. */
const RULES: Record<string, Rule> = {
  [eventType(EventSubjects.caseOpened)]: (d: CaseOpenedV1) => fact(d.caseNo, { product_model: d.productModel, opened_at: d.receivedAt, utc_offset_minutes: d.policy.calendar.utcOffsetMinutes }),
  [eventType(EventSubjects.caseClosed)]: (d: CaseClosedV1) => fact(d.caseNo, { closed_at: d.closedAt }),
  [eventType(EventSubjects.caseSlaBreached)]: (d: SlaEventV1) => fact(d.caseNo, {}, { sla_breaches: 1 }),
  [eventType(DispatchEventSubjects.workOrderCreated)]: (d: WorkOrderCreatedV1) => fact(d.caseNo, { outlet_id: d.outletId }),
  [eventType(DispatchEventSubjects.workOrderAssigned)]: (d: WorkOrderAssignedV1) => fact(d.caseNo, { technician_id: d.technicianId }),
  [eventType(DispatchEventSubjects.workOrderReassigned)]: (d: WorkOrderAssignedV1) => fact(d.caseNo, { technician_id: d.technicianId }),
  [eventType(DispatchEventSubjects.workOrderCheckedIn)]: (d: { caseNo: string }) => fact(d.caseNo, {}, { visits: 1 }),
  [eventType(DispatchEventSubjects.workOrderSignedOff)]: (d: WorkOrderSignedOffV1) => fact(d.caseNo, { technician_id: d.technicianId, fixed: d.testOutcome === 'passed' }),
  [eventType(QualityEventSubjects.surveyRecorded)]: (d: FollowUpSurveyRecordedV1) => fact(d.caseNo, { overall_score: d.scores.overall }),
  [eventType(QualityEventSubjects.complaintRegistered)]: (d: ComplaintRegisteredV1) => fact(d.caseNo, {}, { complaints: 1 }),
};

/** The fact change an event makes, or null when it makes none. */
export function factChangeOf(envelope: EventEnvelope): FactChange | null {
  const rule = RULES[envelope.type];
  return rule ? rule(envelope.data as never) : null;
}
