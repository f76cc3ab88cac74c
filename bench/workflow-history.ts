import { temporal } from '@temporalio/proto';
import { LOCAL_ACTIVITY_MARKER, type HistoryEvent } from '@aftersales/temporal';

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
   * The timer's own due time (its start plus its duration) against the deadline it was set for. The
   * workflow counts the duration from its clock, the task's start moved on as its local activities
   * answer; the server starts the timer when the task completes. What lies between (the worker holding
   * the task before or after running it) makes the timer due that much after the deadline.
   */
  setLateMs: number;
  /** From when the started timer was due to its TimerFired event: the server's own delay. */
  firingMs: number;
  /** From TimerFired to a worker starting the workflow task that handles it. */
  pickupMs: number;
}

/** The first fired timer of a workflow set for `deadlineMs`, its lateness part by part; null when none fired. */
export function firstTimerLateness(events: HistoryEvent[], deadlineMs: number): TimerLateness | null {
  const fired = events.find((e) => e.timerFiredEventAttributes);
  const startedId = fired?.timerFiredEventAttributes?.startedEventId;
  if (!fired || startedId === undefined || startedId === null) return null;
  const started = events.find((e) => Number(e.eventId) === Number(startedId));
  const timeout = started?.timerStartedEventAttributes?.startToFireTimeout;
  const pickupTask = events.slice(events.indexOf(fired)).find((e) => e.workflowTaskStartedEventAttributes);
  const [startedAt, firedAt, pickedUpAt] = [eventTimeMs(started), eventTimeMs(fired), eventTimeMs(pickupTask)];
  if (!timeout || startedAt === null || firedAt === null || pickedUpAt === null) return null;
  const dueAt = startedAt + Number(timeout.seconds ?? 0) * 1000 + Math.floor((timeout.nanos ?? 0) / 1e6);
  return { setLateMs: dueAt - deadlineMs, firingMs: firedAt - dueAt, pickupMs: pickedUpAt - firedAt };
}

/**
 * Each workflow task in a history that timed out or failed, named by its kind and cause (e.g.
 * `timed out: TIMEOUT_TYPE_SCHEDULE_TO_START`, a sticky task no worker took in time and sent on to the
 * normal queue, where the run replays from its whole history).
 */
export function workflowTaskTroubles(events: HistoryEvent[]): string[] {
  const troubles: string[] = [];
  for (const event of events) {
    const timedOut = event.workflowTaskTimedOutEventAttributes;
    const failed = event.workflowTaskFailedEventAttributes;
    if (timedOut) troubles.push(`timed out: ${enumName(temporal.api.enums.v1.TimeoutType, timedOut.timeoutType)}`);
    if (failed) troubles.push(`failed: ${enumName(temporal.api.enums.v1.WorkflowTaskFailedCause, failed.cause)}`);
  }
  return troubles;
}

function enumName(values: Record<string, string | number>, value: unknown): string {
  return typeof value === 'number' ? String(values[value] ?? value) : String(value ?? 'unknown');
}
