import { Injectable } from '@nestjs/common';
import type { CreateRecallCommand, RecallView } from '@aftersales/contracts';
import { RecallRepository, toRecallView } from '../../recall.repository';

/** Proposes a campaign (pending approval): staff name the models, remedies, window and pacing. */
@Injectable()
export class CreateRecallUseCase {
  constructor(private readonly recalls: RecallRepository) {}

  async execute(command: CreateRecallCommand, causationId?: string): Promise<RecallView> {
    const { startAt, deadline, ...rest } = command;
    const saved = await this.recalls.propose({ ...rest, startAt: new Date(startAt), deadline: new Date(deadline), sourceEventId: null }, causationId);
    return toRecallView(saved!);
  }
}
