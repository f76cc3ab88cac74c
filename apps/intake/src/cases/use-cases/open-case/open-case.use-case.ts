import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainError, EventSubjects, type CaseView, type OpenCaseCommand, type OpenCaseRequest } from '@aftersales/contracts';
import { CaseErrors } from '../../case.errors';
import { DEFAULT_CASE_POLICY } from '../../case-policy';
import { CaseRepository } from '../../case.repository';
import { toCaseView } from '../../case.view';
import { addWorkingDays, compactLocalDate } from '../../working-days';

/** Registers a service request (报修受理): customer file, case with its number, and `case.opened`. */
@Injectable()
export class OpenCaseUseCase {
  constructor(private readonly cases: CaseRepository) {}

  async execute(command: OpenCaseCommand, causationId?: string): Promise<CaseView> {
    const { request, idempotencyKey } = command;
    const requestHash = idempotencyKey ? hashRequest(request) : null;
    if (idempotencyKey) {
      const earlier = await this.replay(idempotencyKey, requestHash);
      if (earlier) return earlier;
    }
    await this.checkRequest(request);
    try {
      return await this.open(request, idempotencyKey ?? null, requestHash, causationId);
    } catch (error) {
      // Two retries of one request raced: the loser answers with the winner's case.
      if (idempotencyKey && isUniqueViolation(error, 'UQ_service_case_idempotency_key')) {
        const earlier = await this.replay(idempotencyKey, requestHash);
        if (earlier) return earlier;
      }
      throw error;
    }
  }

  private async checkRequest(request: OpenCaseRequest): Promise<void> {
    if (!(await this.cases.productModelExists(request.product.model))) {
      throw new DomainError(CaseErrors.UNKNOWN_PRODUCT_MODEL, {
        details: [{ field: 'product.model', reason: `unknown model ${request.product.model}` }],
      });
    }
    const today = new Date().toISOString().slice(0, 10);
    if (request.product.purchaseDate > today) {
      throw new DomainError(CaseErrors.PURCHASE_IN_FUTURE, { details: [{ field: 'product.purchaseDate', reason: 'lies in the future' }] });
    }
  }

  private open(request: OpenCaseRequest, idempotencyKey: string | null, requestHash: string | null, causationId?: string): Promise<CaseView> {
    const policy = DEFAULT_CASE_POLICY;
    const receivedAt = new Date();
    return this.cases.inTransaction(async (tx) => {
      const customer = await tx.upsertCustomer(request.customer);
      const sequence = await tx.nextCaseSequence();
      const caseNo = `CS-${compactLocalDate(receivedAt, policy.timeZone)}-${String(sequence % 1_000_000).padStart(6, '0')}`;
      const serviceCase = await tx.insertCase({
        caseNo,
        customerId: customer.id,
        serviceType: request.serviceType,
        channel: request.channel,
        status: 'opened',
        productModel: request.product.model,
        serialNo: request.product.serialNo,
        purchaseDate: request.product.purchaseDate,
        faultDescription: request.fault.description,
        address: request.address,
        receivedAt,
        expectedCompletionAt: addWorkingDays(receivedAt, policy.resolutionWorkingDays, policy.timeZone),
        acknowledgedAt: null,
        cancelledAt: null,
        cancelReason: null,
        policy,
        idempotencyKey,
        requestHash,
      });
      const view = toCaseView(serviceCase, customer.tier);
      await tx.appendEvent({
        subject: EventSubjects.caseOpened,
        aggregateId: caseNo,
        correlationId: caseNo,
        causationId,
        data: {
          caseId: view.id,
          caseNo,
          serviceType: view.serviceType,
          channel: view.channel,
          customerId: view.customerId,
          customerTier: view.customerTier,
          productModel: view.productModel,
          receivedAt: view.receivedAt,
          expectedCompletionAt: view.expectedCompletionAt,
          policy,
        },
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

/** A stable hash of the request: the same body with keys in another order hashes the same. */
function hashRequest(request: OpenCaseRequest): string {
  const canonical = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
      : value;
  return createHash('sha256').update(JSON.stringify(canonical(request))).digest('hex');
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}
