import { MessagePattern, Payload } from '@nestjs/microservices';
import { caseRefSchema, CommandSubjects, recordSlaEventsCommandSchema, slaEventSchema, type CaseRef, type RecordSlaEventsCommand, type SlaEventV1 } from '@aftersales/contracts';
import { CommandHandlers, ZodValidationPipe } from '@aftersales/messaging';
import { ListSlaEventsUseCase } from './use-cases/list-sla-events/list-sla-events.use-case';
import { RecordSlaEventsUseCase } from './use-cases/record-sla-events/record-sla-events.use-case';

@CommandHandlers()
export class SlaMessageController {
  constructor(
    private readonly recordSlaEvents: RecordSlaEventsUseCase,
    private readonly listSlaEvents: ListSlaEventsUseCase,
  ) {}

  @MessagePattern(CommandSubjects.intakeRecordSlaEvent)
  async record(@Payload(new ZodValidationPipe(slaEventSchema)) event: SlaEventV1): Promise<{ recorded: boolean }> {
    const { recorded } = await this.recordSlaEvents.execute({ caseNo: event.caseNo, events: [event] });
    return { recorded: recorded > 0 };
  }

  @MessagePattern(CommandSubjects.intakeRecordSlaEvents)
  recordAll(@Payload(new ZodValidationPipe(recordSlaEventsCommandSchema)) command: RecordSlaEventsCommand): Promise<{ recorded: number }> {
    return this.recordSlaEvents.execute(command);
  }

  @MessagePattern(CommandSubjects.intakeListSlaEvents)
  list(@Payload(new ZodValidationPipe(caseRefSchema)) ref: CaseRef): Promise<SlaEventV1[]> {
    return this.listSlaEvents.execute(ref.caseNo);
  }
}
