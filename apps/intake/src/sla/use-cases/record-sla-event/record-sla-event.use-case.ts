import { Injectable } from '@nestjs/common';
import { DomainError, type SlaEventV1 } from '@aftersales/contracts';
import { slaEventsRecorded } from '@aftersales/observability';
import { CaseErrors } from '../../../cases/case.errors';
import { CaseRepository } from '../../../cases/case.repository';
import { SlaEventRepository } from '../../sla-event.repository';

/** Records one entry of a case's SLA timeline for the workflow; idempotent by the entry's key. */
@Injectable()
export class RecordSlaEventUseCase {
  constructor(
    private readonly cases: CaseRepository,
    private readonly slaEvents: SlaEventRepository,
  ) {}

  async execute(event: SlaEventV1): Promise<{ recorded: boolean }> {
    if (!(await this.cases.exists(event.caseNo))) throw new DomainError(CaseErrors.CASE_NOT_FOUND);
    const recorded = await this.slaEvents.recordOnce(event);
    if (recorded) slaEventsRecorded.inc({ clock: event.clock, kind: event.kind, level: event.level ?? '' });
    return { recorded };
  }
}
