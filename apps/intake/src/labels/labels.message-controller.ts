import { MessagePattern } from '@nestjs/microservices';
import { CommandSubjects, type Label } from '@aftersales/contracts';
import { CommandHandlers } from '@aftersales/messaging';
import { REFUSAL_REASONS, RETURN_EXCHANGE_GROUNDS, WARRANTY_STATUS_REASONS } from '../warranty';

/** The labels of intake's rule codes (refusal reasons, warranty reasons, return/exchange grounds). */
@CommandHandlers()
export class LabelsMessageController {
  @MessagePattern(CommandSubjects.intakeGetRuleLabels)
  labels(): Record<string, Record<string, Label>> {
    return { refusalReasons: REFUSAL_REASONS, warrantyReasons: WARRANTY_STATUS_REASONS, returnExchangeGrounds: RETURN_EXCHANGE_GROUNDS };
  }
}
