import { Injectable } from '@nestjs/common';
import { DomainError, type RecordSlaEventsCommand } from '@aftersales/contracts';
import { slaEventsRecorded } from '@aftersales/observability';
import { CaseErrors } from '../../../cases/case.errors';
import { CaseRepository } from '../../../cases/case.repository';
import { SlaEventRepository } from '../../sla-event.repository';

/** Records entries of a case's SLA timeline for the workflow, in their order; idempotent by each entry's key. */
@Injectable()
export class RecordSlaEventsUseCase {
  constructor(
    private readonly cases: CaseRepository,
    private readonly slaEvents: SlaEventRepository,
  ) {}

  async execute({ caseNo, events }: RecordSlaEventsCommand): Promise<{ recorded: number }> {
    if (!(await this.cases.exists(caseNo))) throw new DomainError(CaseErrors.CASE_NOT_FOUND);
    const recorded = await this.slaEvents.recordOnce(events);
    for (const event of recorded) slaEventsRecorded.inc({ clock: event.clock, kind: event.kind, level: event.level ?? '' });
    return { recorded: recorded.length };
  }
}
