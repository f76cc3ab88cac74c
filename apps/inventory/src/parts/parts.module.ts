import { Module } from '@nestjs/common';
import { InventoryUnitOfWork } from '../persistence/inventory-unit-of-work';
import { PartsMessageController } from './parts.message-controller';
import { DiscontinuePartUseCase } from './use-cases/discontinue-part/discontinue-part.use-case';
import { GetPartUseCase } from './use-cases/get-part/get-part.use-case';
import { RegisterPartUseCase } from './use-cases/register-part/register-part.use-case';

@Module({
  controllers: [PartsMessageController],
  providers: [InventoryUnitOfWork, RegisterPartUseCase, GetPartUseCase, DiscontinuePartUseCase],
  exports: [RegisterPartUseCase, GetPartUseCase],
})
export class PartsModule {}
