import { eventType, type EventEnvelope } from '@aftersales/contracts';
import { factChangeOf } from './figure-facts';

const envelope = (subject: string, data: unknown): EventEnvelope =>
  ({ specversion: '1.0', id: 'e', type: eventType(subject), source: 's', subject: 'x', time: '2031-07-01T00:00:00Z', datacontenttype: 'application/json', correlationid: 'c', data }) as EventEnvelope;

describe('the facts an event changes', () => {
  it('counts a visit for a check-in and sets the fix for a passed sign-off', () => {
    expect(factChangeOf(envelope('aftersales.dispatch.workorder.checked-in', { caseNo: 'CS-1' }))).toEqual({ caseNo: 'CS-1', set: {}, add: { visits: 1 } });
    expect(factChangeOf(envelope('aftersales.dispatch.workorder.signed-off', { caseNo: 'CS-1', technicianId: 't', testOutcome: 'failed' }))?.set).toEqual({ technician_id: 't', fixed: false });
  });

  it('counts only complaints linked to a case, and ignores events that change no figure', () => {
    expect(factChangeOf(envelope('aftersales.quality.complaint.registered', { caseNo: null }))).toBeNull();
    expect(factChangeOf(envelope('aftersales.intake.case.acknowledged', { caseNo: 'CS-1' }))).toBeNull();
  });
});
