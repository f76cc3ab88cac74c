import type { CustomSlotSupplier, SlotPermit, SlotReleaseContext, SlotReserveContext, WorkerTuner, WorkflowSlotInfo } from '@temporalio/worker';

/** The SDK's slots when none are configured: a tuner replaces all of them, so it names them again. */
const SDK_DEFAULT_SLOTS = { workflow: 40, activity: 100, localActivity: 100, nexus: 100 } as const;
/** How soon a waiting poll looks again whether intake has caught up, when no slot is released meanwhile. */
const RECHECK_MS = 100;

interface KindPermit extends SlotPermit {
  sticky: boolean;
}

/**
 * The worker's workflow task slots, which give way to case intake: while new cases wait for their
 * workflows to be started (`startsBackedUp`), the worker runs at most `whileStarting` workflow tasks at
 * once, otherwise the SDK's usual 40. On a host whose cores are all taken during a burst of new cases,
 * every case is then taken in and its workflow started (its SLA clocks run from its receipt), and the
 * work of the running cases (acknowledgements, dispatch, notices) follows once the starts keep up.
 * A poll of each queue, sticky and normal, always gets a slot, so neither waits behind the other's idle polls.
 */
export class IntakeFirstWorkflowSlots implements CustomSlotSupplier<WorkflowSlotInfo> {
  readonly type = 'custom';
  private readonly issued = { sticky: 0, normal: 0 };
  private readonly waiting = new Set<() => void>();

  constructor(
    private readonly whileStarting: number,
    private readonly startsBackedUp: () => boolean,
    private readonly otherwise: number = SDK_DEFAULT_SLOTS.workflow,
  ) {}

  /** Slots reserved now, for polls or for tasks. */
  get reserved(): number {
    return this.issued.sticky + this.issued.normal;
  }

  async reserveSlot(ctx: SlotReserveContext, abortSignal: AbortSignal): Promise<SlotPermit> {
    for (;;) {
      const permit = this.tryReserveSlot(ctx);
      if (permit) return permit;
      await this.nextChance(abortSignal);
    }
  }

  tryReserveSlot(ctx: SlotReserveContext): SlotPermit | null {
    const kind = ctx.isSticky ? 'sticky' : 'normal';
    const limit = this.startsBackedUp() ? this.whileStarting : this.otherwise;
    if (this.issued[kind] > 0 && this.reserved >= limit) return null;
    this.issued[kind] += 1;
    const permit: KindPermit = { sticky: ctx.isSticky };
    return permit;
  }

  markSlotUsed(): void {}

  releaseSlot(ctx: SlotReleaseContext<WorkflowSlotInfo>): void {
    this.issued[(ctx.permit as KindPermit).sticky ? 'sticky' : 'normal'] -= 1;
    for (const wake of this.waiting) wake();
  }

  /** Resolves at the next release, or after RECHECK_MS; rejects with the signal's reason when the SDK gives up the reservation. */
  private nextChance(abortSignal: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(wake);
        abortSignal.removeEventListener('abort', abort);
      };
      const wake = () => {
        done();
        resolve();
      };
      const abort = () => {
        done();
        reject(abortSignal.reason);
      };
      const timer = setTimeout(wake, RECHECK_MS);
      if (abortSignal.aborted) return abort();
      this.waiting.add(wake);
      abortSignal.addEventListener('abort', abort, { once: true });
    });
  }
}

/** The worker's slots: workflow tasks that give way to case intake, and the SDK's usual activity slots. */
export function intakeFirstTuner(workflowSlots: IntakeFirstWorkflowSlots): WorkerTuner {
  return {
    workflowTaskSlotSupplier: workflowSlots,
    activityTaskSlotSupplier: { type: 'fixed-size', numSlots: SDK_DEFAULT_SLOTS.activity },
    localActivityTaskSlotSupplier: { type: 'fixed-size', numSlots: SDK_DEFAULT_SLOTS.localActivity },
    nexusTaskSlotSupplier: { type: 'fixed-size', numSlots: SDK_DEFAULT_SLOTS.nexus },
  };
}
