// Prices a quote from the price list: labour rate × minutes by difficulty, parts at their listed
// price, travel by distance band. Each line names who pays it and why; integers only.
import {
  multiplyMoney,
  money,
  PAYER_REASONS,
  sumMoney,
  zeroMoney,
  type BillingLineView,
  type CreateQuoteCommand,
  type Money,
  type PayerReason,
  type PriceList,
} from '@aftersales/contracts';

export class PricingError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'PricingError';
  }
}

export interface PricedQuote {
  lines: BillingLineView[];
  listTotal: Money;
  customerTotal: Money;
}

function line(kind: BillingLineView['kind'], code: string, quantity: number, unitPrice: Money, listAmount: Money, payerReason: PayerReason): BillingLineView {
  const { payer, en, zh } = PAYER_REASONS[payerReason];
  return {
    kind,
    code,
    quantity,
    unitPrice,
    listAmount,
    customerAmount: payer === 'customer' ? listAmount : zeroMoney(listAmount.currency),
    payer,
    payerReason,
    explanation: { en, zh },
  };
}

export function priceQuote(priceList: PriceList, request: CreateQuoteCommand): PricedQuote {
  const { currency } = priceList;
  const rate = money(priceList.labourRatePerHour[request.difficulty], currency);
  const lines = [line('labour', request.difficulty, request.labourMinutes, rate, multiplyMoney(rate, request.labourMinutes, 60), request.labourPayerReason)];
  request.parts.forEach((part, i) => {
    const listed = priceList.parts.find((p) => p.partNo === part.partNo);
    if (!listed) throw new PricingError(`parts.${i}.partNo`, `${part.partNo} is not on price list ${priceList.version}`);
    const unit = money(listed.price, currency);
    lines.push(line('part', part.partNo, part.qty, unit, multiplyMoney(unit, part.qty), part.payerReason));
  });
  const band = priceList.travelBands.find((b) => request.distanceKm <= b.upToKm);
  if (!band) throw new PricingError('distanceKm', `${request.distanceKm} km is beyond the last travel band of price list ${priceList.version}`);
  const fee = money(band.fee, currency);
  lines.push(line('travel', `<=${band.upToKm}km`, 1, fee, fee, request.travelPayerReason));
  return {
    lines,
    listTotal: sumMoney(currency, lines.map((l) => l.listAmount)),
    customerTotal: sumMoney(currency, lines.map((l) => l.customerAmount)),
  };
}
