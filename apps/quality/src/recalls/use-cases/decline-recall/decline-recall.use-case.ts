import { Injectable } from '@nestjs/common';
import { DomainError, type DeclineRecallCommand, type RecallUnitState } from '@aftersales/contracts';
import { RecallErrors } from '../../recall.errors';
import { RecallRepository } from '../../recall.repository';
import { ANSWERABLE_STATES } from '../../recall.rules';

export interface RecallAnswer {
  unitId: string;
  state: RecallUnitState;
  caseNo: string | null;
}

/** The owner declines the remedy: the unit is no longer reminded. Declining twice changes nothing. */
@Injectable()
export class DeclineRecallUseCase {
  constructor(private readonly recalls: RecallRepository) {}

  async execute(command: DeclineRecallCommand): Promise<RecallAnswer> {
    await this.recalls.find(command.campaignNo);
    const unit = await this.recalls.findUnit(command.campaignNo, command.unitId);
    if (!unit) throw new DomainError(RecallErrors.RECALL_UNIT_NOT_FOUND);
    if (unit.state === 'declined') return { unitId: unit.unitId, state: unit.state, caseNo: null };
    const moved = await this.recalls.answer(command.campaignNo, command.unitId, ANSWERABLE_STATES, { state: 'declined', remedy: null, caseNo: null, declineReason: command.reason });
    if (!moved) throw new DomainError(RecallErrors.RECALL_UNIT_ANSWERED, { details: [{ field: 'unitId', reason: `unit is ${unit.state}` }] });
    return { unitId: command.unitId, state: 'declined', caseNo: null };
  }
}
