import { Injectable } from '@nestjs/common';
import {
  BillingEventSubjects,
  DomainError,
  type ErrorDefinition,
  type InvoiceView,
  type IssueRefundCommand,
  type MoneyMovementView,
  type PaymentRecordedView,
  type RecordCompensationCommand,
  type RecordPaymentCommand,
} from '@aftersales/contracts';
import { balanceOf } from '../../account-balance';
import { AccountErrors } from '../../account.errors';
import { assertCaseCurrency, lockAccountOrFail, requireInvoice } from '../../account.lookup';
import { AccountRepository, type AccountTransaction, type CaseAccount } from '../../account.repository';
import { toInvoiceView } from '../../account.view';
import { MoneyMovement } from '../../money-movement.entity';

type Movement = { caseNo: string; reference: string; amount: { amountMinor: number; currency: string }; reason?: MoneyMovementView['reason'] };

/**
 * Payments (before the invoice they pay the quote: the prepayment), refunds (never more than paid) and
 * compensations. The reference makes each idempotent: the same one again has no second effect.
 */
@Injectable()
export class RecordMoneyMovementUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  recordPayment(command: RecordPaymentCommand, causationId?: string): Promise<PaymentRecordedView> {
    return this.accounts.inTransaction(async (tx) => {
      const account = await lockAccountOrFail(tx, command.caseNo);
      if (!(await this.alreadyRecorded(account, 'payment', command))) {
        const { outstanding } = balanceOf(account);
        if (command.amount.amountMinor > outstanding.amountMinor) {
          throw this.tooMuch(AccountErrors.OVERPAYMENT, `exceeds the ${outstanding.amountMinor} still owed`, `超过尚欠的 ${outstanding.amountMinor}`);
        }
        const movement = await this.append(tx, account, 'payment', command);
        const balance = balanceOf(account);
        await tx.appendCaseEvent(BillingEventSubjects.paymentReceived, command.caseNo, { caseNo: command.caseNo, reference: command.reference, amount: command.amount, paid: balance.netPaid, outstanding: balance.outstanding, receivedAt: movement.recordedAt.toISOString() }, causationId);
      }
      const balance = balanceOf(account);
      return {
        caseNo: command.caseNo,
        paid: balance.netPaid,
        outstanding: balance.outstanding,
        prepaid: balance.netPaid.amountMinor >= account.quote.customerTotalMinor,
        invoice: account.invoice ? toInvoiceView(requireInvoice(account)) : null,
      };
    });
  }

  issueRefund(command: IssueRefundCommand, causationId?: string): Promise<InvoiceView> {
    return this.accounts.inTransaction(async (tx) => {
      const account = requireInvoice(await lockAccountOrFail(tx, command.caseNo));
      if (await this.alreadyRecorded(account, 'refund', command)) return toInvoiceView(account);
      const { netPaid } = balanceOf(account);
      if (command.amount.amountMinor > netPaid.amountMinor) {
        throw this.tooMuch(AccountErrors.OVER_REFUND, `exceeds the ${netPaid.amountMinor} paid`, `超过已付的 ${netPaid.amountMinor}`);
      }
      const movement = await this.append(tx, account, 'refund', command);
      await tx.appendCaseEvent(BillingEventSubjects.refundIssued, command.caseNo, { caseNo: command.caseNo, reference: command.reference, amount: command.amount, reason: command.reason, refundedAt: movement.recordedAt.toISOString() }, causationId);
      return toInvoiceView(account);
    });
  }

  recordCompensation(command: RecordCompensationCommand, causationId?: string): Promise<InvoiceView> {
    return this.accounts.inTransaction(async (tx) => {
      const account = requireInvoice(await lockAccountOrFail(tx, command.caseNo));
      if (await this.alreadyRecorded(account, 'compensation', command)) return toInvoiceView(account);
      const movement = await this.append(tx, account, 'compensation', command);
      await tx.appendCaseEvent(BillingEventSubjects.compensationRecorded, command.caseNo, { caseNo: command.caseNo, reference: command.reference, amount: command.amount, reason: command.reason, recordedAt: movement.recordedAt.toISOString() }, causationId);
      return toInvoiceView(account);
    });
  }

  /** Checks the currency; true when this reference was recorded with the same amount, refused with another. */
  private async alreadyRecorded(account: CaseAccount, kind: MoneyMovement['kind'], movement: Movement): Promise<boolean> {
    assertCaseCurrency(account, movement.amount.currency);
    const existing = account.movements.find((m) => m.kind === kind && m.reference === movement.reference);
    if (!existing) return false;
    if (existing.amountMinor === movement.amount.amountMinor) return true;
    throw new DomainError(AccountErrors.REFERENCE_REUSED, { details: [{ field: 'reference', reason: `${movement.reference} was recorded for ${existing.amountMinor}` }] });
  }

  private async append(tx: AccountTransaction, account: CaseAccount, kind: MoneyMovement['kind'], movement: Movement): Promise<MoneyMovement> {
    const saved = await tx.save(
      tx.create(MoneyMovement, {
        caseNo: movement.caseNo,
        kind,
        reference: movement.reference,
        amountMinor: movement.amount.amountMinor,
        currency: movement.amount.currency,
        reason: movement.reason ?? null,
        recordedAt: new Date(),
      }),
    );
    account.movements.push(saved);
    return saved;
  }

  private tooMuch(definition: ErrorDefinition, reason: string, reasonZh: string): DomainError {
    return new DomainError(definition, { details: [{ field: 'amount.amountMinor', reason, reasonZh }] });
  }
}
