import { Inject, Injectable, type Type } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DataSource, type Repository, type SelectQueryBuilder } from 'typeorm';
import { AuditCommandSubjects, caseRefSchema, type AuditEntryView, type CaseRef, type EventEnvelope, type ServiceApp } from '@aftersales/contracts';
import { CommandHandlers, ZodValidationPipe } from '@aftersales/messaging';
import { OutboxMessage } from '@aftersales/persistence';

/** Most changes one service reports for one case; a case has tens, so this only bounds a runaway. */
export const AUDIT_ENTRY_LIMIT = 2000;

/**
 * The audit trail of one service, read from its outbox: every state change appends its event there in
 * the same transaction, with the actor from the command's context, and rows are never deleted.
 * Before/after are folded from the aggregate's events in order: for each field an event states, the
 * value the aggregate's earlier events left it with.
 */
export function auditEntriesFrom(service: string, caseNo: string, envelopes: EventEnvelope[]): AuditEntryView[] {
  const known = new Map<string, Record<string, unknown>>();
  const entries: AuditEntryView[] = [];
  for (const envelope of envelopes) {
    const state = known.get(envelope.subject) ?? {};
    // `lastEvent` is the aggregate's step (opened → acknowledged → cancelled) beside the fields the event states.
    const data = { lastEvent: envelope.type.replace(/^aftersales\.[^.]+\.[^.]+\./, ''), ...(envelope.data as Record<string, unknown>) };
    const before = Object.fromEntries(Object.keys(data).map((k) => [k, k in state ? state[k] : null]));
    known.set(envelope.subject, { ...state, ...data });
    if (envelope.correlationid !== caseNo) continue;
    entries.push({
      eventId: envelope.id,
      time: envelope.time,
      service,
      event: envelope.type,
      aggregateId: envelope.subject,
      actor: (envelope.actor as AuditEntryView['actor'] | undefined) ?? { id: 'unrecorded', role: 'system' },
      before,
      after: data,
    });
  }
  return entries;
}

/** A case's own events in one service's outbox, oldest first (served by the correlation index). */
export function caseEventsQuery(outbox: Repository<OutboxMessage>, caseNo: string): SelectQueryBuilder<OutboxMessage> {
  return outbox
    .createQueryBuilder('o')
    .select(['o.seq', 'o.envelope'])
    .where(`o.envelope ->> 'correlationid' = :caseNo`, { caseNo })
    .orderBy('o.seq', 'ASC')
    .take(AUDIT_ENTRY_LIMIT);
}

/** The events of these aggregates up to `lastSeq`, of any case, oldest first (served by the aggregate index). */
export function aggregateHistoryQuery(outbox: Repository<OutboxMessage>, aggregates: string[], lastSeq: string): SelectQueryBuilder<OutboxMessage> {
  return outbox
    .createQueryBuilder('o')
    .select(['o.seq', 'o.envelope'])
    .where(`o.envelope ->> 'subject' IN (:...aggregates)`, { aggregates })
    .andWhere('o.seq <= :last', { last: lastSeq })
    .orderBy('o.seq', 'ASC');
}

@Injectable()
class AuditTrailReader {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async entries(service: string, caseNo: string): Promise<AuditEntryView[]> {
    const outbox = this.dataSource.getRepository(OutboxMessage);
    const ofCase = await caseEventsQuery(outbox, caseNo).getMany();
    if (ofCase.length === 0) return [];
    // The aggregates' earlier events (possibly of other cases) give the "before" of each field.
    const aggregates = [...new Set(ofCase.map((r) => r.envelope.subject))];
    const history = await aggregateHistoryQuery(outbox, aggregates, ofCase[ofCase.length - 1].seq).getMany();
    return auditEntriesFrom(service, caseNo, history.map((r) => r.envelope as EventEnvelope));
  }
}

/** The NATS handler of a service's audit query (`cmd.<service>.audit.list`). */
export function auditTrailController(app: ServiceApp): { controller: Type<unknown>; reader: Type<unknown> } {
  @CommandHandlers()
  class AuditTrailController {
    constructor(private readonly reader: AuditTrailReader) {}

    @MessagePattern(AuditCommandSubjects[app])
    list(@Payload(new ZodValidationPipe(caseRefSchema)) request: CaseRef): Promise<AuditEntryView[]> {
      return this.reader.entries(app, request.caseNo);
    }
  }
  return { controller: AuditTrailController, reader: AuditTrailReader };
}
