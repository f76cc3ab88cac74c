import { Injectable } from '@nestjs/common';
import type { NotifyCustomerByIdCommand, NotifyCustomerResult } from '@aftersales/contracts';
import { NotifyCustomerUseCase } from '../notify-customer/notify-customer.use-case';

/** Tells a customer something about no case (a periodic follow-up); delivered once per customer and key. */
@Injectable()
export class NotifyCustomerByIdUseCase {
  constructor(private readonly notifyCustomer: NotifyCustomerUseCase) {}

  execute(command: Required<NotifyCustomerByIdCommand>): Promise<NotifyCustomerResult> {
    const { customerId, ...message } = command;
    return this.notifyCustomer.notify({ customerId }, message);
  }
}
