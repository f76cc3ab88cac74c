import { listTechniciansQuerySchema, registerTechnicianRequestSchema, replaceCertificationsCommandSchema } from './technician.schemas';
import { assignWorkOrderCommandSchema, assignWorkOrderRequestSchema, confirmAppointmentRequestSchema, createWorkOrderRequestSchema, releaseWorkOrderCommandSchema, updateServiceRecordRequestSchema } from './work-order.schemas';
import type { z } from 'zod';

const technician = {
  employeeNo: 'HZ-0001',
  name: '王师傅',
  phone: '13800001234',
  skills: ['air_conditioner', 'repair_onsite'],
  certifications: [{ category: 'air_conditioner', certificateNo: 'AC-1', issuedOn: '2025-01-01', expiresOn: '2027-12-31' }],
  outletId: 'OUT-HZ-01',
  province: '浙江省',
  location: { lat: 30.27, lon: 120.16 },
  dailyCapacity: 4,
  workingHours: { start: '08:30', end: '17:30' },
};

const workOrder = {
  caseNo: 'CS-20261123-000001',
  productCategory: 'air_conditioner',
  serviceType: 'repair_onsite',
  site: { siteId: 'addr-1', province: '浙江省', lat: 30.27, lon: 120.16 },
};

const fieldsOf = (schema: z.ZodType, value: unknown): string[] => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('dispatch request schemas', () => {
  it('accepts a complete technician and defaults the status to active', () => {
    expect(registerTechnicianRequestSchema.parse(technician).status).toBe('active');
  });

  it.each([
    ['an unknown skill', { skills: ['plumbing'] }, 'skills.0'],
    ['a repeated skill', { skills: ['vehicle', 'vehicle'] }, 'skills'],
    ['a capacity of zero', { dailyCapacity: 0 }, 'dailyCapacity'],
    ['working hours that end before they start', { workingHours: { start: '18:00', end: '08:00' } }, 'workingHours.end'],
    ['a certificate that expires before it is issued', { certifications: [{ ...technician.certifications[0], expiresOn: '2024-01-01' }] }, 'certifications.0.expiresOn'],
    ['a longitude off the globe', { location: { lat: 30, lon: 181 } }, 'location.lon'],
    ['no phone to reach them by', { phone: undefined }, 'phone'],
  ])('refuses a technician with %s, naming the field', (_what, change, field) => {
    expect(fieldsOf(registerTechnicianRequestSchema, { ...technician, ...change })).toContain(field);
  });

  it('pages technicians by at most 100, coercing query strings', () => {
    expect(listTechniciansQuerySchema.parse({ limit: '100', offset: '5' })).toEqual({ limit: 100, offset: 5 });
    expect(fieldsOf(listTechniciansQuerySchema, { limit: '101' })).toEqual(['limit']);
  });

  it('keeps command schemas strict after extending the request schemas', () => {
    expect(fieldsOf(releaseWorkOrderCommandSchema, { workOrderId: crypto.randomUUID(), technicianId: crypto.randomUUID(), reason: 'declined', extra: 1 })).toEqual(['']);
    expect(fieldsOf(replaceCertificationsCommandSchema, { technicianId: 'nope', certifications: [] })).toEqual(['technicianId']);
  });

  it('needs an outlet for a carry-in repair', () => {
    expect(fieldsOf(createWorkOrderRequestSchema, workOrder)).toEqual([]);
    expect(fieldsOf(createWorkOrderRequestSchema, { ...workOrder, serviceType: 'repair_carry_in' })).toEqual(['outletId']);
  });

  it('refuses a work order for a service that is not dispatched, or a malformed case number', () => {
    expect(fieldsOf(createWorkOrderRequestSchema, { ...workOrder, serviceType: 'complaint', caseNo: 'CS-1' })).toEqual(['caseNo', 'serviceType']);
  });

  it('accepts an appointment only when the time is agreed with the customer', () => {
    const appointment = { expectedArrivalAt: '2026-11-23T10:00:00+08:00', confirmedWithCustomer: true, channel: 'phone' };
    expect(fieldsOf(confirmAppointmentRequestSchema, appointment)).toEqual([]);
    expect(fieldsOf(confirmAppointmentRequestSchema, { ...appointment, confirmedWithCustomer: false })).toEqual(['confirmedWithCustomer']);
    expect(fieldsOf(confirmAppointmentRequestSchema, { ...appointment, expectedArrivalAt: '2026-11-23 10:00' })).toEqual(['expectedArrivalAt']);
  });

  it('refuses an empty record update and a part quantity of zero', () => {
    expect(fieldsOf(updateServiceRecordRequestSchema, {})).toEqual(['']);
    expect(fieldsOf(updateServiceRecordRequestSchema, { partsUsed: [{ partCode: 'CAP-35UF', qty: 0 }] })).toEqual(['partsUsed.0.qty']);
  });

  it('lets only the case workflow mark an assignment as its own: a dispatcher\'s request cannot carry the mark', () => {
    const workOrderId = '0b6f5a3e-2d1c-4e8f-9a7b-123456789abc';
    expect(fieldsOf(assignWorkOrderRequestSchema, { requestedBy: 'case_workflow' })).toEqual(['']);
    expect(fieldsOf(assignWorkOrderCommandSchema, { workOrderId, requestedBy: 'case_workflow' })).toEqual([]);
    expect(fieldsOf(assignWorkOrderCommandSchema, { workOrderId, requestedBy: 'dispatcher' })).toEqual(['requestedBy']);
  });
});
