import { Module } from '@nestjs/common';
import { UnitRepository } from './unit.repository';
import { UnitsMessageController } from './units.message-controller';
import { MatchRecallUnitsUseCase } from './use-cases/match-recall-units/match-recall-units.use-case';

@Module({
  controllers: [UnitsMessageController],
  providers: [UnitRepository, MatchRecallUnitsUseCase],
  exports: [UnitRepository],
})
export class UnitsModule {}
