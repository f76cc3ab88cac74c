import { Injectable } from '@nestjs/common';
import { CommandSubjects, DomainError, type ScheduleRecallRemedyCommand } from '@aftersales/contracts';
import { CommandClient } from '@aftersales/messaging';
import { RecallErrors } from '../../recall.errors';
import { RecallRepository } from '../../recall.repository';
import { ANSWERABLE_STATES } from '../../recall.rules';
import type { RecallAnswer } from '../decline-recall/decline-recall.use-case';

/**
 * The owner takes a remedy: intake opens the free recall-remedy case (once per campaign and unit, so a
 * retry finds the same case) and the unit is scheduled with it. The address goes to intake only.
 */
@Injectable()
export class ScheduleRecallRemedyUseCase {
  constructor(
    private readonly recalls: RecallRepository,
    private readonly commands: CommandClient,
  ) {}

  async execute(command: ScheduleRecallRemedyCommand, correlationId?: string): Promise<RecallAnswer> {
    const campaign = await this.recalls.find(command.campaignNo);
    if (!campaign.remedies.includes(command.remedy)) throw new DomainError(RecallErrors.REMEDY_NOT_OFFERED, { details: [{ field: 'remedy', reason: `offered: ${campaign.remedies.join(', ')}` }] });
    if (campaign.status === 'proposed' || campaign.status === 'cancelled') throw new DomainError(RecallErrors.RECALL_STEP_REFUSED, { details: [{ field: 'status', reason: `campaign is ${campaign.status}` }] });
    const unit = await this.recalls.findUnit(command.campaignNo, command.unitId);
    if (!unit) throw new DomainError(RecallErrors.RECALL_UNIT_NOT_FOUND);
    if (unit.state === 'scheduled' && unit.remedy === command.remedy) return { unitId: unit.unitId, state: unit.state, caseNo: unit.caseNo };
    if (!ANSWERABLE_STATES.includes(unit.state)) throw new DomainError(RecallErrors.RECALL_UNIT_ANSWERED, { details: [{ field: 'unitId', reason: `unit is ${unit.state}` }] });
    const opened = await this.commands.send(CommandSubjects.intakeOpenRecallRemedyCase, command, { correlationId: correlationId ?? command.campaignNo, timeoutMs: 20_000 });
    const moved = await this.recalls.answer(command.campaignNo, command.unitId, ANSWERABLE_STATES, { state: 'scheduled', remedy: command.remedy, caseNo: opened.caseNo, declineReason: null });
    if (!moved) throw new DomainError(RecallErrors.RECALL_UNIT_ANSWERED);
    return { unitId: command.unitId, state: 'scheduled', caseNo: opened.caseNo };
  }
}
