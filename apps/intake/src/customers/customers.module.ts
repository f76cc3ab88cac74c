import { Module } from '@nestjs/common';
import { CustomerFileRepository } from './customer-file.repository';
import { CustomersMessageController } from './customers.message-controller';
import { GetCustomerFileUseCase } from './use-cases/get-customer-file/get-customer-file.use-case';

@Module({
  controllers: [CustomersMessageController],
  providers: [CustomerFileRepository, GetCustomerFileUseCase],
})
export class CustomersModule {}
