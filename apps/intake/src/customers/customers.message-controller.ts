import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CommandSubjects,
  customerRefSchema,
  listCustomersByTierQuerySchema,
  type CustomerFileView,
  type CustomerRef,
  type CustomerRefPage,
  type ListCustomersByTierQuery,
} from '@aftersales/contracts';
import { CommandHandlers, ZodValidationPipe } from '@aftersales/messaging';
import { ListCustomersByTierUseCase } from './use-cases/list-customers-by-tier/list-customers-by-tier.use-case';
import { GetCustomerFileUseCase } from './use-cases/get-customer-file/get-customer-file.use-case';

@CommandHandlers()
export class CustomersMessageController {
  constructor(
    private readonly getCustomerFile: GetCustomerFileUseCase,
    private readonly listCustomersByTier: ListCustomersByTierUseCase,
  ) {}

  @MessagePattern(CommandSubjects.intakeGetCustomerFile)
  file(@Payload(new ZodValidationPipe(customerRefSchema)) ref: CustomerRef): Promise<CustomerFileView> {
    return this.getCustomerFile.execute(ref.customerId);
  }

  @MessagePattern(CommandSubjects.intakeListCustomersByTier)
  byTier(@Payload(new ZodValidationPipe(listCustomersByTierQuerySchema)) query: Required<ListCustomersByTierQuery>): Promise<CustomerRefPage> {
    return this.listCustomersByTier.execute(query);
  }
}
