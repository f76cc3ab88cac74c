import { Injectable } from '@nestjs/common';
import type { IdentifyRecallUnitsCommand } from '@aftersales/contracts';
import { RecallRepository } from '../../recall.repository';

/** Registers a page of affected units as identified; a unit seen before (a retried page) is not counted again. */
@Injectable()
export class IdentifyRecallUnitsUseCase {
  constructor(private readonly recalls: RecallRepository) {}

  async execute(command: IdentifyRecallUnitsCommand): Promise<{ identified: number }> {
    await this.recalls.find(command.campaignNo);
    return { identified: await this.recalls.identify(command.campaignNo, command.unitIds) };
  }
}
