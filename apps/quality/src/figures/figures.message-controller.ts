import { MessagePattern, Payload } from '@nestjs/microservices';
import { z } from 'zod';
import {
  scorecardOutletRefSchema,
  QualityFigureCommandSubjects,
  qualityFiguresQuerySchema,
  type ScorecardOutletRef,
  type OutletScorecard,
  type QualityFiguresQuery,
  type QualityFiguresView,
  type ServiceDefectDisclosure,
} from '@aftersales/contracts';
import { CommandHandlers, ZodValidationPipe } from '@aftersales/messaging';
import { GetFiguresUseCase } from './use-cases/get-figures/get-figures.use-case';
import { GetOutletScorecardUseCase } from './use-cases/get-outlet-scorecard/get-outlet-scorecard.use-case';
import { GetServiceDefectsUseCase } from './use-cases/get-service-defects/get-service-defects.use-case';
import { RebuildFiguresUseCase } from './use-cases/rebuild-figures/rebuild-figures.use-case';

const noArguments = new ZodValidationPipe(z.strictObject({}));

@CommandHandlers()
export class FiguresMessageController {
  constructor(
    private readonly getFigures: GetFiguresUseCase,
    private readonly getOutletScorecard: GetOutletScorecardUseCase,
    private readonly getServiceDefects: GetServiceDefectsUseCase,
    private readonly rebuildFigures: RebuildFiguresUseCase,
  ) {}

  @MessagePattern(QualityFigureCommandSubjects.figures)
  figures(@Payload(new ZodValidationPipe(qualityFiguresQuerySchema)) query: QualityFiguresQuery): Promise<QualityFiguresView> {
    return this.getFigures.execute(query);
  }

  @MessagePattern(QualityFigureCommandSubjects.outletScorecard)
  scorecard(@Payload(new ZodValidationPipe(scorecardOutletRefSchema)) ref: ScorecardOutletRef): Promise<OutletScorecard> {
    return this.getOutletScorecard.execute(ref.outletId);
  }

  @MessagePattern(QualityFigureCommandSubjects.serviceDefects)
  serviceDefects(@Payload(noArguments) _query: Record<string, never>): Promise<ServiceDefectDisclosure> {
    return this.getServiceDefects.execute();
  }

  @MessagePattern(QualityFigureCommandSubjects.rebuild)
  rebuild(@Payload(noArguments) _command: Record<string, never>): Promise<{ rebuilding: true }> {
    return this.rebuildFigures.execute();
  }
}
