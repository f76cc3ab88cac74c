import { Module } from '@nestjs/common';
import { PeriodicFollowUpRepository } from './periodic-follow-up.repository';
import { PeriodicFollowUpsMessageController } from './periodic-follow-ups.message-controller';
import { CompletePeriodicFollowUpUseCase } from './use-cases/complete-periodic-follow-up/complete-periodic-follow-up.use-case';
import { ListPeriodicFollowUpsUseCase } from './use-cases/list-periodic-follow-ups/list-periodic-follow-ups.use-case';
import { OpenPeriodicFollowUpUseCase } from './use-cases/open-periodic-follow-up/open-periodic-follow-up.use-case';

@Module({
  controllers: [PeriodicFollowUpsMessageController],
  providers: [PeriodicFollowUpRepository, OpenPeriodicFollowUpUseCase, CompletePeriodicFollowUpUseCase, ListPeriodicFollowUpsUseCase],
})
export class PeriodicFollowUpsModule {}
