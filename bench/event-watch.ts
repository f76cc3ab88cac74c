import { DeliverPolicy, jetstream, type ConsumerMessages } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { DispatchEventSubjects, EVENT_STREAM, EventSubjects, type EventEnvelope } from '@aftersales/contracts';

export type CaseMilestone = 'opened' | 'acknowledged' | 'assigned' | 'closed';

const MILESTONES: Record<string, CaseMilestone> = {
  [EventSubjects.caseOpened]: 'opened',
  [EventSubjects.caseAcknowledged]: 'acknowledged',
  [DispatchEventSubjects.workOrderAssigned]: 'assigned',
  [EventSubjects.caseClosed]: 'closed',
};

export interface CaseTrace {
  /** Epoch ms at which the bench received each milestone's event from JetStream. */
  seen: Partial<Record<CaseMilestone, number>>;
  workOrderId?: string;
  technicianId?: string;
}

/**
 * Reads the AFTERSALES stream from now on with an ordered consumer and notes when each case's
 * milestones arrive, keyed by case number (the events' correlation id). Anyone may wait for one.
 */
export class EventWatch {
  readonly traces = new Map<string, CaseTrace>();
  private readonly waiters = new Map<string, () => void>();
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;
  received = 0;

  constructor(private readonly nc: NatsConnection) {}

  async start(): Promise<void> {
    const consumer = await jetstream(this.nc).consumers.get(EVENT_STREAM, { deliver_policy: DeliverPolicy.New });
    this.messages = await consumer.consume({ max_messages: 2_000 });
    const messages = this.messages;
    this.loop = (async () => {
      for await (const msg of messages) {
        const at = Date.now();
        this.received += 1;
        const milestone = MILESTONES[msg.subject];
        if (!milestone) continue;
        const envelope = msg.json<EventEnvelope<Record<string, unknown>>>();
        this.note(envelope.correlationid, milestone, at, envelope.data);
      }
    })();
  }

  trace(caseNo: string): CaseTrace {
    let trace = this.traces.get(caseNo);
    if (!trace) this.traces.set(caseNo, (trace = { seen: {} }));
    return trace;
  }

  /** Resolves with the trace when the milestone has been seen, or null after the timeout. */
  async waitFor(caseNo: string, milestone: CaseMilestone, timeoutMs: number): Promise<CaseTrace | null> {
    const trace = this.trace(caseNo);
    if (trace.seen[milestone]) return trace;
    const key = `${caseNo}/${milestone}`;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        resolve(null);
      }, timeoutMs);
      this.waiters.set(key, () => {
        clearTimeout(timer);
        resolve(trace);
      });
    });
  }

  async stop(): Promise<void> {
    await this.messages?.close();
    await this.loop;
  }

  private note(caseNo: string, milestone: CaseMilestone, at: number, data: Record<string, unknown>): void {
    const trace = this.trace(caseNo);
    trace.seen[milestone] ??= at;
    if (milestone === 'assigned') {
      trace.workOrderId = String(data.workOrderId);
      trace.technicianId = String(data.technicianId);
    }
    const key = `${caseNo}/${milestone}`;
    this.waiters.get(key)?.();
    this.waiters.delete(key);
  }
}
