import { CommonErrors, DomainError, type EntitlementView, type OpenCaseRequest } from '@aftersales/contracts';
import type { ProductModel } from '../product-models/product-model.entity';
import { decideEntitlement, decideReturnOrExchange, DEFAULT_REGISTRATION_WINDOW_DAYS, warrantyStatus } from '../warranty';

/**
 * Who pays, decided by rules when the case opens, with every reason stated. Returns and exchanges
 * are decided by their own windows and grounds; other services by the warranty and the findings.
 */
export function entitlementFor(request: OpenCaseRequest, model: ProductModel, today: string): EntitlementView {
  try {
    if (request.serviceType === 'return' || request.serviceType === 'exchange') {
      const decision = decideReturnOrExchange({
        kind: request.serviceType,
        deliveryDate: request.product.deliveryDate as string,
        requestDate: today,
        policy: { returnDays: model.returnDays, exchangeDays: model.exchangeDays },
        facts: request.returnExchange!.facts,
      });
      return { decision: decision.eligible ? 'eligible' : 'refused', reasons: decision.reasons, warrantyEndsOn: null, dayNumber: decision.dayNumber };
    }
    const warranty = warrantyStatus({
      purchaseDate: request.product.purchaseDate,
      registeredOn: request.product.registeredOn ?? null,
      today,
      model: { warrantyMonths: model.warrantyMonths, warrantyKm: model.warrantyKm },
      odometerKm: request.product.odometerKm ?? null,
      registrationWindowDays: DEFAULT_REGISTRATION_WINDOW_DAYS,
    });
    const decision = decideEntitlement({ serviceType: request.serviceType, warranty, findings: request.findings ?? [] });
    return { decision: decision.entitlement, reasons: decision.reasons, warrantyEndsOn: warranty.endsOn, dayNumber: null };
  } catch (error) {
    // The rules refuse impossible dates (delivery after today, registration before purchase, ...).
    if (error instanceof RangeError) throw new DomainError(CommonErrors.VALIDATION_FAILED, { details: [{ field: 'product', reason: error.message }] });
    throw error;
  }
}
