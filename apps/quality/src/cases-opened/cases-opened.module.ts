import { Module } from '@nestjs/common';
import { CasesOpenedMessageController } from './cases-opened.message-controller';
import { CasesOpenedProjection } from './cases-opened.projection';
import { CasesOpenedRepository } from './cases-opened.repository';
import { GetCasesOpenedUseCase } from './use-cases/get-cases-opened/get-cases-opened.use-case';

@Module({
  controllers: [CasesOpenedMessageController],
  providers: [CasesOpenedRepository, CasesOpenedProjection, GetCasesOpenedUseCase],
})
export class CasesOpenedModule {}
