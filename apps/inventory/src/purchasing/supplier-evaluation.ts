import type { SupplierEvaluation } from '@aftersales/contracts';

export interface Delivery {
  qtyDelivered: number;
  qtyRejected: number;
  onTime: boolean;
  agreedPriceMinor: number;
  invoicedPriceMinor: number;
}

const BP = 10_000;
/** Weights of the score: delivery, quality and price, out of 100. */
const WEIGHTS = { onTime: 40, quality: 40, price: 20 } as const;

/**
 * A supplier's evaluation from its deliveries (quality, delivery, price), in integer basis points.
 * Price variance compares what was invoiced with what was agreed, weighted by units delivered;
 * being dearer costs price points (10 % dearer or more: none), being cheaper earns no bonus.
 */
export function evaluateSupplier(deliveries: readonly Delivery[]): SupplierEvaluation {
  if (deliveries.length === 0) return { deliveries: 0, onTimeBp: 0, rejectBp: 0, priceVarianceBp: 0, score: 0 };
  const onTime = deliveries.filter((d) => d.onTime).length;
  const delivered = deliveries.reduce((n, d) => n + d.qtyDelivered, 0);
  const rejected = deliveries.reduce((n, d) => n + d.qtyRejected, 0);
  const agreed = deliveries.reduce((n, d) => n + d.agreedPriceMinor * d.qtyDelivered, 0);
  const invoiced = deliveries.reduce((n, d) => n + d.invoicedPriceMinor * d.qtyDelivered, 0);
  const onTimeBp = Math.floor((onTime * BP) / deliveries.length);
  const rejectBp = delivered === 0 ? 0 : Math.floor((rejected * BP) / delivered);
  const priceVarianceBp = agreed === 0 ? 0 : Math.round(((invoiced - agreed) * BP) / agreed);
  const pricePoints = Math.max(0, BP - Math.max(0, priceVarianceBp) * 10);
  const score = Math.floor((onTimeBp * WEIGHTS.onTime + (BP - rejectBp) * WEIGHTS.quality + pricePoints * WEIGHTS.price) / BP);
  return { deliveries: deliveries.length, onTimeBp, rejectBp, priceVarianceBp, score };
}
