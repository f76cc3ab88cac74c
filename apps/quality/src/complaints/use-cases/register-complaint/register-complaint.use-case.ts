import { Inject, Injectable } from '@nestjs/common';
import { QualityEventSubjects, type ComplaintView, type QualityPolicy, type RegisterComplaintCommand } from '@aftersales/contracts';
import { localDateOf } from '@aftersales/workflows';
import { QUALITY_POLICY } from '../../../policy/quality-policy.provider';
import { ComplaintRepository, type ComplaintTransaction } from '../../complaint.repository';
import { toComplaintView } from '../../complaint.view';

/** Registers a complaint at once with its promised reply time; the event starts `complaint-<no>`. */
@Injectable()
export class RegisterComplaintUseCase {
  constructor(
    private readonly complaints: ComplaintRepository,
    @Inject(QUALITY_POLICY) private readonly policy: QualityPolicy,
  ) {}

  execute(command: RegisterComplaintCommand): Promise<ComplaintView> {
    return this.complaints.inTransaction(async (tx) => toComplaintView(await this.within(tx, command, null)));
  }

  /** Inside the caller's transaction; with a source key the complaint is registered once per key. */
  async within(tx: ComplaintTransaction, command: RegisterComplaintCommand, sourceKey: string | null) {
    if (sourceKey) {
      const existing = await tx.findBySourceKey(sourceKey);
      if (existing) return existing;
    }
    const policy = this.policy.complaint;
    const registeredAt = new Date();
    const complaint = await tx.insert(
      {
        customerId: command.customerId,
        caseNo: command.caseNo ?? null,
        source: command.source,
        sourceKey,
        status: 'registered',
        matter: command.matter,
        department: null,
        remedy: null,
        headRejections: 0,
        satisfied: null,
        rootCause: null,
        escalations: [],
        steps: [],
        registeredAt,
        promisedReplyAt: new Date(registeredAt.getTime() + policy.promisedReplyMs),
        closedAt: null,
      },
      localDateOf(policy.calendar, registeredAt.getTime()),
    );
    await tx.appendEvent(complaint, {
      subject: QualityEventSubjects.complaintRegistered,
      data: {
        complaintId: complaint.id,
        complaintNo: complaint.complaintNo,
        customerId: complaint.customerId,
        caseNo: complaint.caseNo,
        source: complaint.source,
        registeredAt: registeredAt.toISOString(),
        promisedReplyAt: complaint.promisedReplyAt.toISOString(),
        policy,
      },
    });
    return complaint;
  }
}
