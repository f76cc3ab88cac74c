import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { SlaEventRepository } from './sla-event.repository';
import { SlaMessageController } from './sla.message-controller';
import { ListSlaEventsUseCase } from './use-cases/list-sla-events/list-sla-events.use-case';
import { RecordSlaEventsUseCase } from './use-cases/record-sla-events/record-sla-events.use-case';

@Module({
  imports: [CasesModule],
  controllers: [SlaMessageController],
  providers: [SlaEventRepository, RecordSlaEventsUseCase, ListSlaEventsUseCase],
})
export class SlaModule {}
