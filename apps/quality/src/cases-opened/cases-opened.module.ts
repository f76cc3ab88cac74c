import { Module } from '@nestjs/common';
import { CasesOpenedMessageController } from './cases-opened.message-controller';
import { CasesOpenedRepository } from './cases-opened.repository';
import { RetiredCasesOpenedConsumer } from './retired-cases-opened-consumer';
import { GetCasesOpenedUseCase } from './use-cases/get-cases-opened/get-cases-opened.use-case';

@Module({
  controllers: [CasesOpenedMessageController],
  providers: [CasesOpenedRepository, RetiredCasesOpenedConsumer, GetCasesOpenedUseCase],
  // The figures' consumer counts the cases opened, in the transaction of the case's facts.
  exports: [CasesOpenedRepository],
})
export class CasesOpenedModule {}
