import { MessagePattern, Payload } from '@nestjs/microservices';
import { CommandSubjects, casesOpenedQuerySchema, type CasesOpenedPerDay, type CasesOpenedQuery } from '@aftersales/contracts';
import { CommandHandlers, ZodValidationPipe } from '@aftersales/messaging';
import { GetCasesOpenedUseCase } from './use-cases/get-cases-opened/get-cases-opened.use-case';

@CommandHandlers()
export class CasesOpenedMessageController {
  constructor(private readonly getCasesOpened: GetCasesOpenedUseCase) {}

  @MessagePattern(CommandSubjects.qualityCasesOpenedPerDay)
  get(@Payload(new ZodValidationPipe(casesOpenedQuerySchema)) query: CasesOpenedQuery): Promise<CasesOpenedPerDay> {
    return this.getCasesOpened.execute(query.date);
  }
}
