import { Injectable } from '@nestjs/common';
import { DomainError, OutletEventSubjects, type ListTrainingQuery, type RecordTrainingCommand, type TrainingRecordView } from '@aftersales/contracts';
import { OutletErrors } from '../../outlet.errors';
import { OutletRepository } from '../../outlet.repository';
import { toTrainingView } from '../../outlet.view';

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Keeps the training records and competency certificates of an outlet's staff. Dispatch keeps its own
 * technician certificates and assigns only on those valid on the service date; these are the outlet's file.
 */
@Injectable()
export class RecordTrainingUseCase {
  constructor(private readonly outlets: OutletRepository) {}

  execute({ outletId, training }: RecordTrainingCommand, causationId?: string): Promise<TrainingRecordView> {
    return this.outlets.inTransaction(async (tx) => {
      const outlet = await tx.lockById(outletId);
      if (!outlet) throw new DomainError(OutletErrors.OUTLET_NOT_FOUND);
      if (outlet.status === 'closed') throw new DomainError(OutletErrors.OUTLET_CLOSED, { details: [{ field: 'outletId', reason: 'the outlet is closed' }] });
      const now = new Date();
      const record = await tx.saveTraining({
        outletId,
        employeeNo: training.employeeNo,
        course: training.course,
        completedOn: training.completedOn,
        certifiedCategory: training.certification?.category ?? null,
        certificateNo: training.certification?.certificateNo ?? null,
        certificateExpiresOn: training.certification?.expiresOn ?? null,
        recordedAt: now,
      });
      await tx.appendEvent({
        subject: OutletEventSubjects.trainingRecorded,
        aggregateId: outletId,
        correlationId: outletId,
        causationId,
        data: {
          trainingId: record.id,
          outletId,
          employeeNo: record.employeeNo,
          certifiedCategory: record.certifiedCategory,
          certificationExpiresOn: record.certificateExpiresOn,
          recordedAt: now.toISOString(),
        },
      });
      return toTrainingView(record, today());
    });
  }

  async list(query: ListTrainingQuery): Promise<TrainingRecordView[]> {
    if (!(await this.outlets.findById(query.outletId))) throw new DomainError(OutletErrors.OUTLET_NOT_FOUND);
    const on = query.validOn ?? today();
    return (await this.outlets.training(query.outletId)).map((t) => toTrainingView(t, on));
  }
}
