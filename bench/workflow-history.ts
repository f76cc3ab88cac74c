import type { temporal } from '@temporalio/proto';

export type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

const LOCAL_ACTIVITY_MARKER = 'core_local_activity';

/** When the server recorded the event (ms since the epoch), or null when it carries no time. */
export function eventTimeMs(event: HistoryEvent | undefined): number | null {
  const time = event?.eventTime;
  if (time?.seconds === undefined || time.seconds === null) return null;
  return Number(time.seconds) * 1000 + Math.floor((time.nanos ?? 0) / 1e6);
}

/**
 * The workflow's first activity, as the server recorded it: the first ActivityTaskStarted, or, for a
 * local activity, the start of the workflow task that ran it (its marker follows).
 */
export function firstActivityStartMs(events: HistoryEvent[]): number | null {
  let workflowTaskStarted: HistoryEvent | undefined;
  for (const event of events) {
    if (event.workflowTaskStartedEventAttributes) workflowTaskStarted = event;
    const ranLocally = event.markerRecordedEventAttributes?.markerName === LOCAL_ACTIVITY_MARKER;
    const started = event.activityTaskStartedEventAttributes ? event : ranLocally ? workflowTaskStarted : undefined;
    const at = eventTimeMs(started);
    if (at !== null) return at;
  }
  return null;
}

/** Where the lateness of a workflow's first fired timer comes from (ms), read from its history. */
export interface TimerLateness {
  /**
   * From the start of the workflow task that set the timer to the server starting it. The workflow
   * computes the duration from its task's start time; the server starts the timer when the task
   * completes, after the local activities the task ran: the timer fires that much late.
   */
  armingMs: number;
  /** From when the started timer was due to its TimerFired event: the server's own delay. */
  firingMs: number;
  /** From TimerFired to a worker starting the workflow task that handles it. */
  pickupMs: number;
}

export function firstTimerLateness(events: HistoryEvent[]): TimerLateness | null {
  const fired = events.find((e) => e.timerFiredEventAttributes);
  const startedId = fired?.timerFiredEventAttributes?.startedEventId;
  if (!fired || startedId === undefined || startedId === null) return null;
  const startedAt = events.findIndex((e) => Number(e.eventId) === Number(startedId));
  const started = events[startedAt];
  const timeout = started?.timerStartedEventAttributes?.startToFireTimeout;
  const armingTask = events.slice(0, Math.max(0, startedAt)).findLast((e) => e.workflowTaskStartedEventAttributes);
  const pickupTask = events.slice(events.indexOf(fired)).find((e) => e.workflowTaskStartedEventAttributes);
  const [armingTaskAt, startedTime, firedAt, pickedUpAt] = [eventTimeMs(armingTask), eventTimeMs(started), eventTimeMs(fired), eventTimeMs(pickupTask)];
  if (!timeout || armingTaskAt === null || startedTime === null || firedAt === null || pickedUpAt === null) return null;
  const durationMs = Number(timeout.seconds ?? 0) * 1000 + Math.floor((timeout.nanos ?? 0) / 1e6);
  return { armingMs: startedTime - armingTaskAt, firingMs: firedAt - (startedTime + durationMs), pickupMs: pickedUpAt - firedAt };
}
