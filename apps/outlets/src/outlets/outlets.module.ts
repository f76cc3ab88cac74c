import { Module } from '@nestjs/common';
import { OutletRepository } from './outlet.repository';
import { OutletsMessageController } from './outlets.message-controller';
import { CloseOutletUseCase } from './use-cases/close-outlet/close-outlet.use-case';
import { FindCoveringOutletsUseCase } from './use-cases/find-covering-outlets/find-covering-outlets.use-case';
import { MoveOutletUseCase } from './use-cases/move-outlet/move-outlet.use-case';
import { GetOutletUseCase } from './use-cases/get-outlet/get-outlet.use-case';
import { RecordEstablishmentStepUseCase } from './use-cases/record-establishment-step/record-establishment-step.use-case';
import { RecordTrainingUseCase } from './use-cases/record-training/record-training.use-case';
import { RegisterOutletUseCase } from './use-cases/register-outlet/register-outlet.use-case';

@Module({
  controllers: [OutletsMessageController],
  providers: [
    OutletRepository,
    RegisterOutletUseCase,
    GetOutletUseCase,
    FindCoveringOutletsUseCase,
    RecordEstablishmentStepUseCase,
    CloseOutletUseCase,
    MoveOutletUseCase,
    RecordTrainingUseCase,
  ],
  exports: [OutletRepository, RegisterOutletUseCase, RecordEstablishmentStepUseCase],
})
export class OutletsModule {}
