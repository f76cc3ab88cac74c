import { Module } from '@nestjs/common';
import { InventoryUnitOfWork } from '../persistence/inventory-unit-of-work';
import { StockMessageController } from './stock.message-controller';
import { ConsumePartsUseCase } from './use-cases/consume-parts/consume-parts.use-case';
import { QueryStockUseCase } from './use-cases/query-stock/query-stock.use-case';
import { RecordMovementUseCase } from './use-cases/record-movement/record-movement.use-case';
import { RegisterLocationUseCase } from './use-cases/register-location/register-location.use-case';
import { ReleaseReservationsUseCase } from './use-cases/release-reservations/release-reservations.use-case';
import { ReservePartsUseCase } from './use-cases/reserve-parts/reserve-parts.use-case';

@Module({
  controllers: [StockMessageController],
  providers: [InventoryUnitOfWork, RegisterLocationUseCase, QueryStockUseCase, RecordMovementUseCase, ReservePartsUseCase, ReleaseReservationsUseCase, ConsumePartsUseCase],
  exports: [RegisterLocationUseCase, RecordMovementUseCase, QueryStockUseCase],
})
export class StockModule {}
