import { Injectable } from '@nestjs/common';
import {
  AGING_BUCKETS,
  money,
  PAYERS,
  type AgingBucket,
  type AgingReport,
  type ManufacturerClaimsReport,
  type Money,
  type OutletStatement,
  type OutletStatementQuery,
  type Payer,
} from '@aftersales/contracts';
import { PriceListRepository } from '../price-lists/price-list.repository';
import { balanceOf } from '../accounts/account-balance';
import { AccountRepository } from '../accounts/account.repository';
import { ageInDays, agingBucketOf, SIX_MONTHS_DAYS } from './aging';

const DEFAULT_OFFSET_MINUTES = 480; // Asia/Shanghai, when no price list is active yet

/** Totals per currency: amounts of different currencies are never added together. */
function totalsByCurrency(amounts: readonly Money[]): Money[] {
  const totals = new Map<string, number>();
  for (const a of amounts) totals.set(a.currency, (totals.get(a.currency) ?? 0) + a.amountMinor);
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amountMinor]) => money(amountMinor, currency));
}

/** Read-only reports over the case accounts: aging, manufacturer claims, outlet statements. */
@Injectable()
export class BillingReports {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly priceLists: PriceListRepository,
  ) {}

  private async offsetMs(): Promise<number> {
    return ((await this.priceLists.findActive())?.body.calendar.utcOffsetMinutes ?? DEFAULT_OFFSET_MINUTES) * 60_000;
  }

  /** Receivables with money owed, aged from their due date to the end of `asOf` (a local date; default today). */
  async aging(asOf?: string): Promise<AgingReport> {
    const offset = await this.offsetMs();
    const asOfDate = asOf ?? new Date(Date.now() + offset).toISOString().slice(0, 10);
    const asOfMs = Date.parse(`${asOfDate}T00:00:00Z`) - offset + 86_400_000 - 1;
    const items = (await this.accounts.invoicesWithMovements())
      .map(({ invoice, movements }) => ({ invoice, outstanding: balanceOf({ quote: { currency: invoice.currency, customerTotalMinor: invoice.customerTotalMinor } as never, invoice, movements, retention: null }).outstanding }))
      .filter(({ outstanding }) => outstanding.amountMinor > 0)
      .map(({ invoice, outstanding }) => {
        const ageDays = ageInDays(invoice.dueAt.getTime(), asOfMs);
        return { caseNo: invoice.caseNo, outstanding, ageDays, bucket: agingBucketOf(ageDays), beyondSixMonths: ageDays > SIX_MONTHS_DAYS };
      });
    const buckets = (Object.keys(AGING_BUCKETS) as AgingBucket[]).flatMap((bucket) => {
      const inBucket = items.filter((i) => i.bucket === bucket);
      return totalsByCurrency(inBucket.map((i) => i.outstanding)).map((outstanding) => ({
        bucket,
        label: AGING_BUCKETS[bucket],
        currency: outstanding.currency,
        count: inBucket.filter((i) => i.outstanding.currency === outstanding.currency).length,
        outstanding,
      }));
    });
    return { asOf: asOfDate, buckets, items, flagged: items.filter((i) => i.beyondSixMonths).map((i) => i.caseNo) };
  }

  /** Manufacturer claims collected per maker, duplicates flagged. */
  async manufacturerClaims(maker?: string): Promise<ManufacturerClaimsReport> {
    const claims = await this.accounts.manufacturerClaims(maker);
    const caseOf = new Map(claims.map((c) => [c.id, c.caseNo]));
    const makers = [...new Set(claims.map((c) => c.maker))];
    return {
      makers: makers.map((m) => {
        const own = claims.filter((c) => c.maker === m);
        return {
          maker: m,
          claims: own.map((c) => ({
            id: c.id,
            caseNo: c.caseNo,
            maker: c.maker,
            serialNo: c.serialNo,
            faultCode: c.faultCode,
            period: c.period,
            amount: money(c.amountMinor, c.currency),
            duplicateOfCaseNo: c.duplicateOf ? (caseOf.get(c.duplicateOf) ?? null) : null,
            createdAt: c.createdAt.toISOString(),
          })),
          // A duplicate is listed for review but not counted in what is claimed.
          totals: totalsByCurrency(own.filter((c) => !c.duplicateOf).map((c) => money(c.amountMinor, c.currency))),
          duplicates: own.filter((c) => c.duplicateOf).length,
        };
      }),
    };
  }

  /** The monthly settlement statement of an outsourced outlet: the jobs it completed in the local month. */
  async outletStatement(query: OutletStatementQuery): Promise<OutletStatement> {
    const offset = await this.offsetMs();
    const [y, m] = query.month.split('-').map(Number);
    const fromMs = Date.UTC(y, m - 1, 1) - offset;
    const toMs = Date.UTC(y, m, 1) - offset;
    const invoices = await this.accounts.outsourcedJobs(query.outletId, fromMs, toMs);
    const jobs = invoices.map((i) => ({
      caseNo: i.caseNo,
      completedAt: i.completedAt.toISOString(),
      listTotal: money(i.listTotalMinor, i.currency),
      customerTotal: money(i.customerTotalMinor, i.currency),
      byPayer: (Object.keys(PAYERS) as Payer[])
        .map((payer) => ({ payer, amount: money(i.lines.filter((l) => l.payer === payer).reduce((s, l) => s + l.listAmount.amountMinor, 0), i.currency) }))
        .filter((p) => p.amount.amountMinor > 0),
    }));
    return { outletId: query.outletId, month: query.month, jobs, totals: totalsByCurrency(jobs.map((j) => j.listTotal)) };
  }
}
