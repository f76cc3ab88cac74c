import type { temporal } from '@temporalio/proto';
import { LOCAL_ACTIVITY_MARKER, type HistoryEvent } from '@aftersales/temporal';

const json = (payload: temporal.api.common.v1.IPayload | null | undefined): unknown => JSON.parse(Buffer.from(payload?.data ?? []).toString('utf8'));

/** The type of each local activity a history records, in order: the SDK's marker data, which no codec encodes. */
export function localActivityTypes(events: HistoryEvent[]): string[] {
  return events
    .filter((e) => e.markerRecordedEventAttributes?.markerName === LOCAL_ACTIVITY_MARKER)
    .map((e) => (json(e.markerRecordedEventAttributes?.details?.data?.payloads?.[0]) as { activity_type: string }).activity_type);
}

/** Each value the workflow upserted for one search attribute, in order. */
export function upsertedValues(events: HistoryEvent[], attribute: string): unknown[] {
  return events
    .map((e) => e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields?.[attribute])
    .filter((payload) => payload !== undefined)
    .map(json);
}

/** How many timers a history started and cancelled. */
export function timerChanges(events: HistoryEvent[]): { started: number; cancelled: number } {
  return { started: events.filter((e) => e.timerStartedEventAttributes).length, cancelled: events.filter((e) => e.timerCanceledEventAttributes).length };
}
