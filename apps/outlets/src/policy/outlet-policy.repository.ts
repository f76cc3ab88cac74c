import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutletEventSubjects, type OutletPolicy, type OutletPolicyView } from '@aftersales/contracts';
import { OutboxWriter } from '@aftersales/messaging';
import { OutletPolicyRow } from './outlet-policy.entity';

const NETWORK = 'network';

const toView = (row: OutletPolicyRow): OutletPolicyView => ({
  policy: { offerResponseSeconds: row.offerResponseSeconds, rectificationPeriodSeconds: row.rectificationPeriodSeconds },
  updatedAt: row.updatedAt.toISOString(),
});

/** The network policy (one row, seeded by the migration): read when a process starts, pinned into it. */
@Injectable()
export class OutletPolicyRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async current(): Promise<OutletPolicyView> {
    return toView(await this.dataSource.getRepository(OutletPolicyRow).findOneByOrFail({ id: NETWORK }));
  }

  /** Replaces the policy; processes already running keep the one they started with. */
  async replace(policy: OutletPolicy, causationId?: string): Promise<OutletPolicyView> {
    const view = await this.dataSource.transaction(async (manager) => {
      const row = await manager.save(manager.create(OutletPolicyRow, { id: NETWORK, ...policy }));
      await this.outbox.append(manager, {
        subject: OutletEventSubjects.policyChanged,
        aggregateId: NETWORK,
        correlationId: causationId ?? NETWORK,
        causationId,
        data: { policy, changedAt: row.updatedAt.toISOString() },
      });
      return toView(row);
    });
    this.outbox.nudge();
    return view;
  }
}
