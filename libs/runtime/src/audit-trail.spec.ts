import type { EventEnvelope } from '@aftersales/contracts';
import { auditEntriesFrom } from './audit-trail';

const event = (type: string, subject: string, correlationid: string, data: Record<string, unknown>, actor?: EventEnvelope['actor']): EventEnvelope => ({
  specversion: '1.0',
  id: `${type}-${subject}`,
  type: `${type}.v1`,
  source: 'aftersales/dispatch',
  subject,
  time: '2026-11-23T10:00:00.000Z',
  datacontenttype: 'application/json',
  correlationid,
  ...(actor ? { actor } : {}),
  data,
});

describe('audit entries folded from a service outbox', () => {
  const dispatcher = { id: 'd-1', role: 'dispatcher' };
  const history = [
    event('aftersales.dispatch.workorder.created', 'wo-1', 'CS-1', { technicianId: null, status: 'open' }, dispatcher),
    event('aftersales.dispatch.workorder.created', 'wo-2', 'CS-2', { status: 'open' }, dispatcher),
    event('aftersales.dispatch.workorder.assigned', 'wo-1', 'CS-1', { technicianId: 't-1', status: 'assigned' }),
  ];

  it("gives each change of the case its actor, and before/after of the fields it states", () => {
    const entries = auditEntriesFrom('dispatch', 'CS-1', history);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ actor: dispatcher, before: { lastEvent: null, technicianId: null, status: null }, after: { lastEvent: 'created.v1', status: 'open' } });
    expect(entries[1]).toMatchObject({
      actor: { id: 'unrecorded', role: 'system' },
      before: { lastEvent: 'created.v1', technicianId: null, status: 'open' },
      after: { lastEvent: 'assigned.v1', technicianId: 't-1', status: 'assigned' },
    });
  });

  it('leaves out the changes of other cases', () => {
    expect(auditEntriesFrom('dispatch', 'CS-2', history).map((e) => e.aggregateId)).toEqual(['wo-2']);
  });
});
