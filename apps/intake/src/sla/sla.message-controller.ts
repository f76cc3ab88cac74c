import { MessagePattern, Payload } from '@nestjs/microservices';
import { caseRefSchema, CommandSubjects, slaEventSchema, type CaseRef, type SlaEventV1 } from '@aftersales/contracts';
import { CommandHandlers, ZodValidationPipe } from '@aftersales/messaging';
import { ListSlaEventsUseCase } from './use-cases/list-sla-events/list-sla-events.use-case';
import { RecordSlaEventUseCase } from './use-cases/record-sla-event/record-sla-event.use-case';

@CommandHandlers()
export class SlaMessageController {
  constructor(
    private readonly recordSlaEvent: RecordSlaEventUseCase,
    private readonly listSlaEvents: ListSlaEventsUseCase,
  ) {}

  @MessagePattern(CommandSubjects.intakeRecordSlaEvent)
  record(@Payload(new ZodValidationPipe(slaEventSchema)) event: SlaEventV1): Promise<{ recorded: boolean }> {
    return this.recordSlaEvent.execute(event);
  }

  @MessagePattern(CommandSubjects.intakeListSlaEvents)
  list(@Payload(new ZodValidationPipe(caseRefSchema)) ref: CaseRef): Promise<SlaEventV1[]> {
    return this.listSlaEvents.execute(ref.caseNo);
  }
}
