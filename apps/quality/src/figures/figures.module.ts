import { Module } from '@nestjs/common';
import { CasesOpenedModule } from '../cases-opened/cases-opened.module';
import { FiguresMessageController } from './figures.message-controller';
import { FiguresProjection } from './figures.projection';
import { FiguresRepository } from './figures.repository';
import { GetFiguresUseCase } from './use-cases/get-figures/get-figures.use-case';
import { GetOutletScorecardUseCase } from './use-cases/get-outlet-scorecard/get-outlet-scorecard.use-case';
import { GetServiceDefectsUseCase } from './use-cases/get-service-defects/get-service-defects.use-case';
import { RebuildFiguresUseCase } from './use-cases/rebuild-figures/rebuild-figures.use-case';

@Module({
  imports: [CasesOpenedModule],
  controllers: [FiguresMessageController],
  providers: [FiguresRepository, FiguresProjection, GetFiguresUseCase, GetOutletScorecardUseCase, GetServiceDefectsUseCase, RebuildFiguresUseCase],
})
export class FiguresModule {}
