import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ConfigModule } from '@aftersales/config';
import { MessagingModule } from '@aftersales/messaging';
import { HealthModule } from '@aftersales/observability';
import { natsCheck, temporalCheck } from '@aftersales/runtime';
import { TemporalClientModule } from '@aftersales/temporal';
import { CalendarChangeService } from './calendars/calendar-change.service';
import { CalendarsController } from './calendars/calendars.controller';
import { AuthGuard } from './auth/auth.guard';
import { ScopeChecker } from './auth/scope-checker';
import { CaseAuditController } from './cases/case-audit.controller';
import { CaseSlaController } from './cases/case-sla.controller';
import { CasesController } from './cases/cases.controller';
import { PoliciesController } from './policies/policies.controller';
import { ProductModelsController } from './product-models/product-models.controller';
import { CustomersController } from './customers/customers.controller';
import { LoanersController } from './dispatch/loaners.controller';
import { SitesController } from './dispatch/sites.controller';
import { TechniciansController } from './dispatch/technicians.controller';
import { WorkOrdersController } from './dispatch/work-orders.controller';
import { LabelsController } from './labels/labels.controller';
import { CorrelationIdMiddleware } from './http/correlation-id.middleware';
import { HttpErrorFilter } from './http/http-error.filter';
import { StatsController } from './stats/stats.controller';
import { CaseWorkflowClient } from './cases/case-workflow.client';
import { BillingReportsController } from './billing/billing-reports.controller';
import { InvoicesController } from './billing/invoices.controller';
import { PriceListsController } from './billing/price-lists.controller';
import { QuotesController } from './billing/quotes.controller';
import { PartsController } from './inventory/parts.controller';
import { PurchasingController } from './inventory/purchasing.controller';
import { RequisitionsController } from './inventory/requisitions.controller';
import { ReservationsController } from './inventory/reservations.controller';
import { StockController } from './inventory/stock.controller';
import { StocktakesController } from './inventory/stocktakes.controller';

const INVENTORY_CONTROLLERS = [PartsController, StockController, ReservationsController, RequisitionsController, PurchasingController, StocktakesController];
import { OutletOffersController, OutletPolicyController, OutletSurveysController } from './outlets/outlet-network.controllers';
import { OutletWorkflowClient } from './outlets/outlet-workflow.client';
import { OutletsController } from './outlets/outlets.controller';
import { ComplaintsController } from './quality/complaints.controller';
import { FollowUpsController } from './quality/follow-ups.controller';
import { QualityFiguresController } from './quality/quality-figures.controller';
import { PeriodicFollowUpsController } from './quality/periodic-follow-ups.controller';
import { QualityWorkflowClient } from './quality/quality-workflow.client';
import { SuggestionsController } from './quality/suggestions.controller';
import { RecallsController } from './quality/recalls.controller';

@Module({
  imports: [
    ConfigModule,
    MessagingModule.forApp({ app: 'gateway' }),
    TemporalClientModule,
    HealthModule.forApp('gateway', [natsCheck, temporalCheck]),
  ],
  controllers: [CalendarsController, CasesController, CaseSlaController, CaseAuditController, CustomersController, LabelsController, PoliciesController, ProductModelsController, StatsController, TechniciansController, SitesController, WorkOrdersController, LoanersController, PriceListsController, QuotesController, InvoicesController, BillingReportsController, ...INVENTORY_CONTROLLERS,
    // The outlet routes with fixed segments first, so `offers`, `surveys` and `policy` are never read as an outlet id.
    OutletOffersController, OutletSurveysController, OutletPolicyController, OutletsController,
    FollowUpsController, ComplaintsController, QualityFiguresController, PeriodicFollowUpsController, SuggestionsController, RecallsController],
  providers: [CalendarChangeService, CaseWorkflowClient, OutletWorkflowClient, QualityWorkflowClient, { provide: APP_FILTER, useClass: HttpErrorFilter }, ScopeChecker, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class GatewayModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationIdMiddleware).forRoutes('*splat');
  }
}
