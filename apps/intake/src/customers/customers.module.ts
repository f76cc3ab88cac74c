import { Module } from '@nestjs/common';
import { CustomerFileRepository } from './customer-file.repository';
import { CustomersMessageController } from './customers.message-controller';
import { ListCustomersByTierUseCase } from './use-cases/list-customers-by-tier/list-customers-by-tier.use-case';
import { GetCustomerFileUseCase } from './use-cases/get-customer-file/get-customer-file.use-case';

@Module({
  controllers: [CustomersMessageController],
  providers: [CustomerFileRepository, GetCustomerFileUseCase, ListCustomersByTierUseCase],
})
export class CustomersModule {}
