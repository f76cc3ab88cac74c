import { Injectable } from '@nestjs/common';
import { DomainError, type CustomerFileView } from '@aftersales/contracts';
import { CustomerErrors } from '../../customer.errors';
import { toCaseView } from '../../../cases/case.view';
import { CustomerFileRepository } from '../../customer-file.repository';

/** The customer file: every unit and case of a customer (repair records are added by the gateway from dispatch). */
@Injectable()
export class GetCustomerFileUseCase {
  constructor(private readonly files: CustomerFileRepository) {}

  async execute(customerId: string): Promise<CustomerFileView> {
    const found = await this.files.load(customerId);
    if (!found) throw new DomainError(CustomerErrors.CUSTOMER_NOT_FOUND);
    const { customer, units, cases } = found;
    return {
      customer: { id: customer.id, name: customer.name, phone: customer.phone, tier: customer.tier, preferredChannel: customer.preferredChannel, createdAt: customer.createdAt.toISOString() },
      units: units.map((u) => ({ id: u.id, productModel: u.productModel, serialNo: u.serialNo, purchaseDate: u.purchaseDate, deliveryDate: u.deliveryDate, proofOfPurchase: u.proofOfPurchase, registeredOn: u.registeredOn })),
      cases: cases.map((c) => toCaseView(c, customer.tier)),
      repairRecords: [],
      complaints: [],
      followUps: [],
    };
  }
}
