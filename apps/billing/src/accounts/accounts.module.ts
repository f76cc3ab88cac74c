import { Module } from '@nestjs/common';
import { PriceListsModule } from '../price-lists/price-lists.module';
import { QuoteRequestsModule } from '../quote-requests/quote-requests.module';
import { BillingReports } from '../reports/billing-reports';
import { AccountRepository } from './account.repository';
import { AccountsMessageController } from './accounts.message-controller';
import { CreateQuoteUseCase } from './use-cases/create-quote/create-quote.use-case';
import { DecideQuoteUseCase } from './use-cases/decide-quote/decide-quote.use-case';
import { IssueInvoiceUseCase } from './use-cases/issue-invoice/issue-invoice.use-case';
import { RaiseRetentionClaimUseCase } from './use-cases/raise-retention-claim/raise-retention-claim.use-case';
import { RecordMoneyMovementUseCase } from './use-cases/record-money-movement/record-money-movement.use-case';
import { RemindPaymentUseCase } from './use-cases/remind-payment/remind-payment.use-case';
import { RequirePrepaymentUseCase } from './use-cases/require-prepayment/require-prepayment.use-case';
import { SignSettlementUseCase } from './use-cases/sign-settlement/sign-settlement.use-case';

@Module({
  imports: [PriceListsModule, QuoteRequestsModule],
  controllers: [AccountsMessageController],
  providers: [
    AccountRepository,
    BillingReports,
    CreateQuoteUseCase,
    DecideQuoteUseCase,
    RequirePrepaymentUseCase,
    IssueInvoiceUseCase,
    SignSettlementUseCase,
    RecordMoneyMovementUseCase,
    RemindPaymentUseCase,
    RaiseRetentionClaimUseCase,
  ],
})
export class AccountsModule {}
