import { Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import type { WorkingCalendarPolicy } from '@aftersales/contracts';
import { calendarChangedSignal } from '@aftersales/workflows';

const CONCURRENT_SIGNALS = 20;

/** Tells every running case on a calendar of its new version; each re-targets its working-time clocks. */
@Injectable()
export class CalendarChangeService {
  private readonly logger = new Logger('CalendarChange');

  constructor(private readonly client: Client) {}

  async retarget(calendar: WorkingCalendarPolicy): Promise<{ calendarId: string; version: string; casesSignalled: number }> {
    const query = `CalendarId = "${calendar.id}" AND ExecutionStatus = "Running"`;
    let signalled = 0;
    let batch: Promise<void>[] = [];
    for await (const execution of this.client.workflow.list({ query })) {
      batch.push(this.signal(execution.workflowId, calendar).then((ok) => void (signalled += ok ? 1 : 0)));
      if (batch.length >= CONCURRENT_SIGNALS) {
        await Promise.all(batch);
        batch = [];
      }
    }
    await Promise.all(batch);
    this.logger.log(`calendar ${calendar.id} ${calendar.version}: ${signalled} running cases signalled`);
    return { calendarId: calendar.id, version: calendar.version, casesSignalled: signalled };
  }

  private async signal(workflowId: string, calendar: WorkingCalendarPolicy): Promise<boolean> {
    try {
      await this.client.workflow.getHandle(workflowId).signal(calendarChangedSignal, { calendar });
      return true;
    } catch (error) {
      // It ended between the listing and the signal: nothing left to re-target.
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    }
  }
}
