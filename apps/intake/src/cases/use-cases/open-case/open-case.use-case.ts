import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, EventSubjects, type CasePolicy, type CasePriority, type CaseView, type CustomerTier, type OpenCaseCommand, type OpenCaseRequest } from '@aftersales/contracts';
import { addWorkingMs, localDateOf, workingDaysToMs } from '@aftersales/workflows';
import { PolicyErrors } from '../../../policies/policy.errors';
import { PolicyRepository } from '../../../policies/policy.repository';
import type { ProductModel } from '../../../product-models/product-model.entity';
import { entitlementFor } from '../../decide-entitlement';
import { CaseErrors } from '../../case.errors';
import { CaseRepository } from '../../case.repository';
import { toCaseView } from '../../case.view';

/** Registers a service request (报修受理): customer file, case with its number, and `case.opened`. */
@Injectable()
export class OpenCaseUseCase {
  constructor(
    private readonly cases: CaseRepository,
    private readonly policies: PolicyRepository,
  ) {}

  async execute(command: OpenCaseCommand, causationId?: string): Promise<CaseView> {
    const { request, idempotencyKey } = command;
    const requestHash = idempotencyKey ? hashRequest(request) : null;
    try {
      return await this.open(request, await this.checkRequest(request), idempotencyKey ?? null, requestHash, causationId);
    } catch (error) {
      // A key seen before is answered with its case: a retry of the request (the insert found the key
      // taken, also when two retries raced), or a refusal of the same request now (model gone, no active
      // policy) that succeeded the first time. Looked up only then: a new key costs no query.
      if (idempotencyKey && (error instanceof DomainError || error instanceof CaseNotInserted)) {
        const earlier = await this.replay(idempotencyKey, requestHash);
        if (earlier) return earlier;
      }
      throw error;
    }
  }

  /** The request's model and the policy version active now, or the refusal of the request. */
  private async checkRequest(request: OpenCaseRequest): Promise<{ model: ProductModel; policy: Readonly<CasePolicy> }> {
    const found = await this.cases.findModelForNewCase(request.product.model);
    if (!found) {
      throw new DomainError(CaseErrors.UNKNOWN_PRODUCT_MODEL, {
        details: [{ field: 'product.model', reason: `unknown model ${request.product.model}` }],
      });
    }
    const today = new Date().toISOString().slice(0, 10);
    if (request.product.purchaseDate > today) {
      throw new DomainError(CaseErrors.PURCHASE_IN_FUTURE, { details: [{ field: 'product.purchaseDate', reason: 'lies in the future' }] });
    }
    // The case pins the policy version active now; later versions never change it.
    if (!found.activePolicyVersion) throw new DomainError(PolicyErrors.NO_ACTIVE_POLICY);
    return { model: found.model, policy: await this.policies.bodyOf(found.activePolicyVersion) };
  }

  private async open(request: OpenCaseRequest, { model, policy }: { model: ProductModel; policy: Readonly<CasePolicy> }, idempotencyKey: string | null, requestHash: string | null, causationId?: string): Promise<CaseView> {
    const receivedAt = new Date();
    const entitlement = entitlementFor(request, model, localDateOf(policy.calendar, receivedAt.getTime()));
    return this.cases.inTransaction(async (tx) => {
      const { customer, unitId, sequence } = await tx.upsertParties(request.customer, { productModel: request.product.model, ...request.product });
      const priority = priorityFor(customer.tier);
      const caseNo = `CS-${localDateOf(policy.calendar, receivedAt.getTime()).replaceAll('-', '')}-${String(sequence % 1_000_000).padStart(6, '0')}`;
      const serviceCase = await tx.insertCase({
        caseNo,
        customerId: customer.id,
        serviceType: request.serviceType,
        channel: request.channel,
        status: 'opened',
        productModel: request.product.model,
        serialNo: request.product.serialNo,
        unitId,
        purchaseDate: request.product.purchaseDate,
        faultDescription: request.fault.description,
        address: request.address,
        receivedAt,
        expectedCompletionAt: expectedCompletion(policy, priority, receivedAt),
        priority,
        entitlement,
        closedAt: null,
        acknowledgedAt: null,
        cancelledAt: null,
        cancelReason: null,
        policy,
        idempotencyKey,
        requestHash,
      });
      // Rolls back the customer's and unit's upserts: a retry changes nothing on file.
      if (!serviceCase) throw new CaseNotInserted(caseNo);
      const view = toCaseView(serviceCase, customer.tier);
      await tx.appendCaseEvent(EventSubjects.caseOpened, caseNo, causationId, {
        caseId: view.id,
        caseNo,
        serviceType: view.serviceType,
        channel: view.channel,
        customerId: view.customerId,
        customerTier: view.customerTier,
        productModel: view.productModel,
        receivedAt: view.receivedAt,
        expectedCompletionAt: view.expectedCompletionAt,
        priority,
        entitlement: { decision: entitlement.decision, reasonCodes: entitlement.reasons.map((r) => r.code) },
        siteDistanceKm: null,
        policy,
      });
      return view;
    });
  }

  private async replay(idempotencyKey: string, requestHash: string | null): Promise<CaseView | null> {
    const earlier = await this.cases.findByIdempotencyKey(idempotencyKey);
    if (!earlier) return null;
    if (earlier.serviceCase.requestHash !== requestHash) throw new DomainError(CaseErrors.IDEMPOTENCY_KEY_REUSED);
    return toCaseView(earlier.serviceCase, earlier.tier);
  }
}

/** Key customers' cases start with high priority (RULES.md: important customers, shorter answers). */
function priorityFor(tier: CustomerTier): CasePriority {
  return tier === 'key' ? 'high' : 'normal';
}

/** The resolution deadline on the policy's working calendar. */
function expectedCompletion(policy: CasePolicy, priority: CasePriority, receivedAt: Date): Date {
  const budget = workingDaysToMs(policy.calendar, policy.budgets[priority].resolutionWorkingDays);
  return new Date(addWorkingMs(policy.calendar, receivedAt.getTime(), budget));
}

/** A stable hash of the request: the same body with keys in another order hashes the same. */
function hashRequest(request: OpenCaseRequest): string {
  const canonical = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
      : value;
  return createHash('sha256').update(JSON.stringify(canonical(request))).digest('hex');
}

/** The case's idempotency key (or number) was taken when it was inserted: nothing of it is kept. */
class CaseNotInserted extends Error {
  constructor(caseNo: string) {
    super(`case ${caseNo} not inserted: its idempotency key or number is taken`);
  }
}
