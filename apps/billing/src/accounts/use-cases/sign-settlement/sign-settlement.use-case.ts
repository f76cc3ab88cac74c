import { Injectable } from '@nestjs/common';
import { BillingEventSubjects, type InvoiceView, type SignSettlementCommand } from '@aftersales/contracts';
import { lockAccountOrFail, requireInvoice } from '../../account.lookup';
import { AccountRepository } from '../../account.repository';
import { toInvoiceView } from '../../account.view';

/** The customer signs the settlement slip (结算单签字); the first signature stands. */
@Injectable()
export class SignSettlementUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  execute(command: SignSettlementCommand, causationId?: string): Promise<InvoiceView> {
    return this.accounts.inTransaction(async (tx) => {
      const account = requireInvoice(await lockAccountOrFail(tx, command.caseNo));
      const invoice = account.invoice;
      if (invoice.settlementSignedAt) return toInvoiceView(account);
      invoice.settlementSignedBy = command.signedBy;
      invoice.settlementSignedAt = new Date();
      await tx.save(invoice);
      await tx.appendCaseEvent(BillingEventSubjects.settlementSigned, invoice.caseNo, { invoiceId: invoice.id, caseNo: invoice.caseNo, signedAt: invoice.settlementSignedAt.toISOString() }, causationId);
      return toInvoiceView(account);
    });
  }
}
