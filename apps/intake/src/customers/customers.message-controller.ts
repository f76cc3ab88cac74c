import { MessagePattern, Payload } from '@nestjs/microservices';
import { CommandSubjects, customerRefSchema, type CustomerFileView, type CustomerRef } from '@aftersales/contracts';
import { CommandHandlers, ZodValidationPipe } from '@aftersales/messaging';
import { GetCustomerFileUseCase } from './use-cases/get-customer-file/get-customer-file.use-case';

@CommandHandlers()
export class CustomersMessageController {
  constructor(private readonly getCustomerFile: GetCustomerFileUseCase) {}

  @MessagePattern(CommandSubjects.intakeGetCustomerFile)
  file(@Payload(new ZodValidationPipe(customerRefSchema)) ref: CustomerRef): Promise<CustomerFileView> {
    return this.getCustomerFile.execute(ref.customerId);
  }
}
