import { Module } from '@nestjs/common';
import { CaseRepository } from './case.repository';
import { CasesMessageController } from './cases.message-controller';
import { AcknowledgeCaseUseCase } from './use-cases/acknowledge-case/acknowledge-case.use-case';
import { CancelCaseUseCase } from './use-cases/cancel-case/cancel-case.use-case';
import { CloseCaseUseCase } from './use-cases/close-case/close-case.use-case';
import { PoliciesModule } from '../policies/policies.module';
import { GetCaseUseCase } from './use-cases/get-case/get-case.use-case';
import { GetDispatchDetailsUseCase } from './use-cases/get-dispatch-details/get-dispatch-details.use-case';
import { OpenCaseUseCase } from './use-cases/open-case/open-case.use-case';
import { OpenRecallRemedyCaseUseCase } from './use-cases/open-recall-remedy-case/open-recall-remedy-case.use-case';
import { UnitsModule } from '../units/units.module';

@Module({
  imports: [PoliciesModule, UnitsModule],
  controllers: [CasesMessageController],
  providers: [CaseRepository, OpenCaseUseCase, AcknowledgeCaseUseCase, CancelCaseUseCase, CloseCaseUseCase, GetCaseUseCase, GetDispatchDetailsUseCase, OpenRecallRemedyCaseUseCase],
  exports: [CaseRepository],
})
export class CasesModule {}
