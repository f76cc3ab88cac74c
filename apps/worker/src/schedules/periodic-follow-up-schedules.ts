import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Client, MONTHS, ScheduleAlreadyRunning, type ScheduleOptions } from '@temporalio/client';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { PERIODIC_CAMPAIGNS, periodicScheduleId, qualityPolicyFrom, type PeriodicCampaign } from '@aftersales/contracts';
import type { PeriodicCampaignInput } from '@aftersales/workflows';

/** Customers per page a campaign run reads from intake. */
const PAGE_SIZE = 200;
/** Campaign runs start at 09:00 on the 1st of their months, local time. */
const RUN_AT = { dayOfMonth: 1, hour: 9 };

/**
 * One Temporal Schedule per periodic follow-up campaign, visible and pausable in the Temporal UI.
 * Created at boot when missing; an existing one gets this deployment's policy (a pause stays as it is).
 */
@Injectable()
export class PeriodicFollowUpSchedules implements OnApplicationBootstrap {
  private readonly logger = new Logger('PeriodicFollowUpSchedules');

  constructor(
    private readonly client: Client,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const campaign of Object.keys(PERIODIC_CAMPAIGNS) as PeriodicCampaign[]) await this.ensure(campaign);
  }

  private async ensure(campaign: PeriodicCampaign): Promise<void> {
    const options = this.optionsFor(campaign);
    try {
      await this.client.schedule.create(options);
      this.logger.log(`schedule ${options.scheduleId} created`);
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
      await this.client.schedule.getHandle(options.scheduleId).update((previous) => ({ ...previous, spec: options.spec, action: options.action }));
    }
  }

  private optionsFor(campaign: PeriodicCampaign): ScheduleOptions & { action: { args: [PeriodicCampaignInput] } } {
    const policy = qualityPolicyFrom(this.env.QUALITY_POLICY);
    const args: [PeriodicCampaignInput] = [{ campaign, policy: policy.followUp, utcOffsetMinutes: policy.complaint.calendar.utcOffsetMinutes, pageSize: PAGE_SIZE }];
    return {
      scheduleId: periodicScheduleId(campaign),
      spec: { calendars: [{ ...RUN_AT, month: PERIODIC_CAMPAIGNS[campaign].months.map((m) => MONTHS[m - 1]), comment: PERIODIC_CAMPAIGNS[campaign].en }], timezone: 'Asia/Shanghai' },
      action: {
        type: 'startWorkflow',
        workflowType: 'periodicFollowUpCampaignWorkflow',
        workflowId: periodicScheduleId(campaign),
        taskQueue: this.env.TEMPORAL_TASK_QUEUE,
        args,
      },
      policies: { overlap: 'SKIP', catchupWindow: '1 day' },
    };
  }
}
