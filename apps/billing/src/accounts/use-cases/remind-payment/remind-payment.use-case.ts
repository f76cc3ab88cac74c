import { Injectable } from '@nestjs/common';
import { BillingEventSubjects, type Money, type RemindPaymentCommand } from '@aftersales/contracts';
import { balanceOf } from '../../account-balance';
import { lockAccountOrFail, requireInvoice } from '../../account.lookup';
import { AccountRepository } from '../../account.repository';

/**
 * Reminds the customer of an overdue receivable (the receivable's workflow calls it at each reminder).
 * Nothing is owed: no reminder. The same reminder number twice is sent once.
 */
@Injectable()
export class RemindPaymentUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  execute(command: RemindPaymentCommand, causationId?: string): Promise<{ reminded: boolean; outstanding: Money }> {
    return this.accounts.inTransaction(async (tx) => {
      const account = requireInvoice(await lockAccountOrFail(tx, command.caseNo));
      const { outstanding } = balanceOf(account);
      const invoice = account.invoice;
      if (outstanding.amountMinor === 0 || invoice.remindersSent >= command.reminderNo) return { reminded: false, outstanding };
      invoice.remindersSent = command.reminderNo;
      await tx.save(invoice);
      await tx.appendCaseEvent(BillingEventSubjects.paymentOverdue, invoice.caseNo, { invoiceId: invoice.id, caseNo: invoice.caseNo, outstanding, dueAt: invoice.dueAt.toISOString(), reminderNo: command.reminderNo, remindedAt: new Date().toISOString() }, causationId);
      return { reminded: true, outstanding };
    });
  }
}
