import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TechnicianNotificationView } from '@aftersales/contracts';
import { Technician } from '../technicians/technician.entity';
import { WorkOrder } from '../work-orders/work-order.entity';
import { TechnicianNotification } from './technician-notification.entity';

/** What the message is about and whom it reaches: the work order's current technician. */
export interface TechnicianRecipient {
  workOrder: WorkOrder;
  technician: Technician | null;
}

@Injectable()
export class TechnicianNotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async recipientOf(workOrderId: string): Promise<TechnicianRecipient | null> {
    const workOrder = await this.dataSource.getRepository(WorkOrder).findOneBy({ id: workOrderId });
    if (!workOrder) return null;
    const technician = workOrder.technicianId ? await this.dataSource.getRepository(Technician).findOneBy({ id: workOrder.technicianId }) : null;
    return { workOrder, technician };
  }

  /** The attempt that settled this key for this technician (delivered, or no provider), if any. */
  findSettled(workOrderId: string, technicianId: string, key: string): Promise<TechnicianNotification | null> {
    return this.dataSource
      .getRepository(TechnicianNotification)
      .createQueryBuilder('n')
      .where('n.work_order_id = :workOrderId AND n.technician_id = :technicianId AND n.key = :key AND n.outcome <> :failed', { workOrderId, technicianId, key, failed: 'failed' })
      .getOne();
  }

  /** Records an attempt; a second settled attempt for the same key is ignored by the unique index. */
  async record(attempt: Omit<TechnicianNotification, 'id'>): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(TechnicianNotification).values(attempt).orIgnore().execute();
  }

  async listForWorkOrder(workOrderId: string): Promise<TechnicianNotificationView[]> {
    const rows = await this.dataSource.getRepository(TechnicianNotification).find({ where: { workOrderId }, order: { attemptedAt: 'ASC' } });
    return rows.map((r) => ({
      technicianId: r.technicianId,
      key: r.key,
      template: r.template,
      channel: r.channel,
      outcome: r.outcome,
      httpStatus: r.httpStatus,
      error: r.error,
      attemptedAt: r.attemptedAt.toISOString(),
    }));
  }
}
