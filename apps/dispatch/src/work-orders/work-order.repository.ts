import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, QueryFailedError, type EntityManager } from 'typeorm';
import type { EventData, Events } from '@aftersales/contracts';
import { OutboxWriter, type NewEvent } from '@aftersales/messaging';
import { hazardsAtSite, type SiteHazard } from '../sites/site-hazard.entity';
import { emptyRecordState } from './service-record.rules';
import { AssignmentRepository } from './assignment/assignment.repository';
import { HazardAcknowledgement } from './hazard-acknowledgement.entity';
import { Loaner } from './loaner.entity';
import { ServiceRecord } from './service-record.entity';
import { WorkOrderAssignment } from './work-order-assignment.entity';
import { WorkOrder } from './work-order.entity';
import type { WorkOrderDetails } from './work-order.view';

export type NewWorkOrder = Omit<WorkOrder, 'id' | 'createdAt' | 'updatedAt' | 'technician'>;

/** The unit of work of one work-order use case: changes and the events they cause commit together. */
export class WorkOrderTransaction {
  readonly assignments: AssignmentRepository;

  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {
    this.assignments = new AssignmentRepository(manager);
  }

  /** Inserts the work order, or returns null when the case already has an open one (transaction intact). */
  async insertWorkOrder(values: NewWorkOrder): Promise<WorkOrder | null> {
    const result = await this.manager.createQueryBuilder().insert().into(WorkOrder).values(values).orIgnore().returning('id').execute();
    const inserted = result.raw as { id: string }[];
    return inserted.length === 1 ? this.manager.findOneByOrFail(WorkOrder, { id: inserted[0].id }) : null;
  }

  /** The work order, locked until commit: its changes are serialised. */
  lockById(id: string): Promise<WorkOrder | null> {
    return this.manager.findOne(WorkOrder, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  saveWorkOrder(workOrder: WorkOrder): Promise<WorkOrder> {
    return this.manager.save(workOrder);
  }

  siteHazards(siteId: string): Promise<SiteHazard[]> {
    return hazardsAtSite(this.manager, siteId);
  }

  async acknowledgedHazardIds(workOrderId: string, technicianId: string): Promise<Set<string>> {
    const rows = await this.manager.findBy(HazardAcknowledgement, { workOrderId, technicianId });
    return new Set(rows.map((r) => r.hazardId));
  }

  /** Records acknowledgements; one given before keeps its first time. */
  async acknowledgeHazards(workOrderId: string, technicianId: string, hazardIds: readonly string[], at: Date): Promise<void> {
    const values = hazardIds.map((hazardId) => ({ workOrderId, technicianId, hazardId, acknowledgedAt: at }));
    await this.manager.createQueryBuilder().insert().into(HazardAcknowledgement).values(values).orIgnore().execute();
  }

  record(workOrderId: string): Promise<ServiceRecord | null> {
    return this.manager.findOneBy(ServiceRecord, { workOrderId });
  }

  newRecord(values: Pick<ServiceRecord, 'workOrderId' | 'place'>): ServiceRecord {
    return this.manager.create(ServiceRecord, {
      ...values,
      ...emptyRecordState(),
      signedBy: null,
      signedAt: null,
    });
  }

  saveRecord(record: ServiceRecord): Promise<ServiceRecord> {
    return this.manager.save(record);
  }

  /** Lends a loaner, or returns null when that serial is out already (transaction intact). */
  async insertLoaner(values: Pick<Loaner, 'workOrderId' | 'caseNo' | 'serialNo' | 'issuedAt'>): Promise<Loaner | null> {
    const row = { ...values, returnedAt: null, returnCondition: null };
    const result = await this.manager.createQueryBuilder().insert().into(Loaner).values(row).orIgnore().returning('id').execute();
    const inserted = result.raw as { id: string }[];
    return inserted.length === 1 ? this.manager.findOneByOrFail(Loaner, { id: inserted[0].id }) : null;
  }

  lockOutstandingLoaner(workOrderId: string, serialNo: string): Promise<Loaner | null> {
    return this.manager.findOne(Loaner, { where: { workOrderId, serialNo, returnedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  }

  saveLoaner(loaner: Loaner): Promise<Loaner> {
    return this.manager.save(loaner);
  }

  async appendEvent<K extends keyof Events>(event: NewEvent<K>): Promise<void> {
    await this.outbox.append(this.manager, event);
  }

  /** An event about a work order: its id is the aggregate, its case number the correlation id. */
  async appendWorkOrderEvent<K extends keyof Events>(
    subject: K,
    workOrder: Pick<WorkOrder, 'id' | 'caseNo'>,
    causationId: string | undefined,
    data: Omit<EventData<K>, 'workOrderId' | 'caseNo'>,
  ): Promise<void> {
    await this.appendEvent({
      subject,
      aggregateId: workOrder.id,
      correlationId: workOrder.caseNo,
      causationId,
      data: { workOrderId: workOrder.id, caseNo: workOrder.caseNo, ...data } as EventData<K>,
    });
  }

  /** The work order as this transaction sees it, for the reply. */
  details(workOrderId: string): Promise<WorkOrderDetails> {
    return loadDetails(this.manager, workOrderId);
  }

  /** A work order inserted by this transaction: nothing hangs off it yet but its site's hazards. */
  async detailsOfNew(workOrder: WorkOrder): Promise<WorkOrderDetails> {
    return { workOrder, assignments: [], record: null, loaners: [], hazards: await this.siteHazards(workOrder.siteId), acknowledgedHazardIds: new Set() };
  }
}

/** PostgreSQL's deadlock and serialization failures: the transaction may simply run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

@Injectable()
export class WorkOrderRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Runs the work in one transaction, again (up to three times) if PostgreSQL broke a deadlock by aborting it. */
  async inTransaction<T>(work: (tx: WorkOrderTransaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.dataSource.transaction((manager) => work(new WorkOrderTransaction(manager, this.outbox)));
        this.outbox.nudge();
        return result;
      } catch (error) {
        const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
        if (attempt >= ATTEMPTS || !code || !RETRYABLE.has(code)) throw error;
      }
    }
  }

  /** For each case, its open work order, else its most recent one; cases without any are left out. */
  async findForCases(caseNos: readonly string[]): Promise<WorkOrderDetails[]> {
    if (caseNos.length === 0) return [];
    const chosen = await this.dataSource
      .getRepository(WorkOrder)
      .createQueryBuilder('w')
      .distinctOn(['w.case_no'])
      .where('w.case_no IN (:...caseNos)', { caseNos })
      .orderBy('w.case_no')
      .addOrderBy('w.closed_at', 'DESC', 'NULLS FIRST')
      .addOrderBy('w.created_at', 'DESC')
      .getMany();
    const details: WorkOrderDetails[] = [];
    for (const workOrder of chosen) details.push(await loadDetails(this.dataSource.manager, workOrder.id));
    return details;
  }

  async findDetails(workOrderId: string): Promise<WorkOrderDetails | null> {
    const exists = await this.dataSource.getRepository(WorkOrder).existsBy({ id: workOrderId });
    return exists ? loadDetails(this.dataSource.manager, workOrderId) : null;
  }
}

/** Reads one after another: inside a transaction every query shares the one connection. */
async function loadDetails(manager: EntityManager, workOrderId: string): Promise<WorkOrderDetails> {
  const workOrder = await manager.findOneByOrFail(WorkOrder, { id: workOrderId });
  const assignments = await manager.find(WorkOrderAssignment, { where: { workOrderId }, order: { assignedAt: 'ASC', id: 'ASC' } });
  const record = await manager.findOneBy(ServiceRecord, { workOrderId });
  const loaners = await manager.find(Loaner, { where: { workOrderId }, order: { issuedAt: 'ASC', id: 'ASC' } });
  const hazards = await hazardsAtSite(manager, workOrder.siteId);
  const acknowledged = workOrder.technicianId ? await manager.findBy(HazardAcknowledgement, { workOrderId, technicianId: workOrder.technicianId }) : [];
  return { workOrder, assignments, record, loaners, hazards, acknowledgedHazardIds: new Set(acknowledged.map((a) => a.hazardId)) };
}
