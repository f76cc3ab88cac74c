import type { SlotReserveContext } from '@temporalio/worker';
import { IntakeFirstWorkflowSlots } from './intake-first-workflow-slots';

const poll = (isSticky: boolean): SlotReserveContext => ({ slotType: 'workflow', taskQueue: 'q', workerIdentity: 'w', workerBuildId: '', isSticky });
const normal = poll(false);
const sticky = poll(true);

describe('workflow task slots that give way to case intake', () => {
  it('hands out the usual 40 while starts keep up, and only the limit while they are backed up', () => {
    let backedUp = false;
    const slots = new IntakeFirstWorkflowSlots(4, () => backedUp);
    const permits = Array.from({ length: 45 }, () => slots.tryReserveSlot(normal));
    expect(permits.filter(Boolean)).toHaveLength(40);

    backedUp = true;
    for (const permit of permits.slice(0, 38)) slots.releaseSlot({ permit: permit! });
    expect(slots.reserved).toBe(2);
    expect(slots.tryReserveSlot(normal)).not.toBeNull();
    expect(slots.tryReserveSlot(normal)).not.toBeNull();
    expect(slots.tryReserveSlot(normal)).toBeNull();
    expect(slots.reserved).toBe(4);
  });

  it('always lets one poll of each queue through, so new cases never wait behind idle sticky polls', () => {
    const slots = new IntakeFirstWorkflowSlots(2, () => true);
    expect(slots.tryReserveSlot(sticky)).not.toBeNull();
    expect(slots.tryReserveSlot(sticky)).not.toBeNull();
    expect(slots.tryReserveSlot(sticky)).toBeNull();
    expect(slots.tryReserveSlot(normal)).not.toBeNull();
    expect(slots.tryReserveSlot(normal)).toBeNull();
    expect(slots.reserved).toBe(3);
  });

  it('makes a waiting poll wait for a released slot, and gives the slot back to the kind that released it', async () => {
    const slots = new IntakeFirstWorkflowSlots(2, () => true);
    const first = slots.tryReserveSlot(normal)!;
    slots.tryReserveSlot(normal);
    let granted = false;
    const waiting = slots.reserveSlot(normal, new AbortController().signal).then((p) => ((granted = true), p));
    await new Promise((r) => setTimeout(r, 250));
    expect(granted).toBe(false);
    slots.releaseSlot({ permit: first });
    await waiting;
    expect(granted).toBe(true);
    expect(slots.reserved).toBe(2);
  });

  it('lets a waiting poll go as soon as starts have caught up, without a release', async () => {
    let backedUp = true;
    const slots = new IntakeFirstWorkflowSlots(2, () => backedUp);
    slots.tryReserveSlot(normal);
    slots.tryReserveSlot(normal);
    const waiting = slots.reserveSlot(normal, new AbortController().signal);
    backedUp = false;
    await expect(waiting).resolves.toEqual({ sticky: false });
    expect(slots.reserved).toBe(3);
  });

  it('gives up a reservation the SDK aborts, with the signal\'s reason, and keeps no slot for it', async () => {
    const slots = new IntakeFirstWorkflowSlots(2, () => true);
    slots.tryReserveSlot(normal);
    slots.tryReserveSlot(normal);
    const abort = new AbortController();
    const waiting = slots.reserveSlot(normal, abort.signal);
    const reason = new Error('poll no longer needed');
    abort.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    expect(slots.reserved).toBe(2);
  });
});
