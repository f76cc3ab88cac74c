import type { EntityManager } from 'typeorm';
import { Requisition } from './requisition.entity';

/** Requisitions as one transaction (or plain reads) sees them. */
export class RequisitionRepository {
  constructor(private readonly manager: EntityManager) {}

  create(values: Pick<Requisition, 'technicianId' | 'fromLocationId' | 'caseNo' | 'lines' | 'requestedBy'>): Promise<Requisition> {
    return this.manager.save(
      this.manager.create(Requisition, { ...values, status: 'requested', decidedBy: null, decisionReason: null, decidedAt: null, issuedAt: null, movementIds: [] }),
    );
  }

  find(id: string): Promise<Requisition | null> {
    return this.manager.findOneBy(Requisition, { id });
  }

  /** The requisition, locked until commit: decisions and the issue are serialised. */
  lock(id: string): Promise<Requisition | null> {
    return this.manager.findOne(Requisition, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  save(requisition: Requisition): Promise<Requisition> {
    return this.manager.save(requisition);
  }
}
