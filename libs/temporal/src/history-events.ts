import type { temporal } from '@temporalio/proto';

/** One event of a workflow history, as the client's `fetchHistory` and an exported history file give it. */
export type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

/** The marker name under which the SDK records a local activity's result in the history. */
export const LOCAL_ACTIVITY_MARKER = 'core_local_activity';
