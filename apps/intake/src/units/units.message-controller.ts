import { MessagePattern, Payload } from '@nestjs/microservices';
import { CommandSubjects, matchRecallUnitsQuerySchema, type RecallCriteria, type RecallUnitIdPage } from '@aftersales/contracts';
import { CommandHandlers, ZodValidationPipe } from '@aftersales/messaging';
import { MatchRecallUnitsUseCase } from './use-cases/match-recall-units/match-recall-units.use-case';

@CommandHandlers()
export class UnitsMessageController {
  constructor(private readonly matchRecallUnits: MatchRecallUnitsUseCase) {}

  @MessagePattern(CommandSubjects.intakeMatchRecallUnits)
  match(@Payload(new ZodValidationPipe(matchRecallUnitsQuerySchema)) query: { criteria: RecallCriteria; limit: number; afterUnitId: string | null }): Promise<RecallUnitIdPage> {
    return this.matchRecallUnits.execute(query);
  }
}
