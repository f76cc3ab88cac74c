import { z } from 'zod';
import { phoneSchema } from '../cases/case.schemas';
import { codesOf } from '../labels';
import { PRODUCT_CATEGORIES, SKILLS, TECHNICIAN_STATUSES } from './dispatch.labels';

export const isoDateSchema = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });
export const uuidSchema = z.uuid({ error: 'must be a UUID' });
export const latitudeSchema = z.number().min(-90).max(90);
export const longitudeSchema = z.number().min(-180).max(180);
export const productCategorySchema = z.enum(codesOf(PRODUCT_CATEGORIES));
export const skillSchema = z.enum(codesOf(SKILLS));
export const technicianStatusSchema = z.enum(codesOf(TECHNICIAN_STATUSES));
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a local time as HH:MM' });

export const certificationSchema = z
  .strictObject({
    category: productCategorySchema,
    certificateNo: z.string().trim().min(1).max(50),
    issuedOn: isoDateSchema,
    expiresOn: isoDateSchema,
  })
  .refine((c) => c.issuedOn <= c.expiresOn, { path: ['expiresOn'], error: 'must not be before issuedOn' });
export type Certification = z.infer<typeof certificationSchema>;

const certificationsSchema = z
  .array(certificationSchema)
  .max(20)
  .refine((list) => new Set(list.map((c) => `${c.category}/${c.certificateNo}`)).size === list.length, {
    error: 'must not list the same certificate twice',
  });

/** Working hours in the local time of the service area (Asia/Shanghai), e.g. 08:30–17:30. */
export const workingHoursSchema = z
  .strictObject({ start: clockTime, end: clockTime })
  .refine((h) => h.start < h.end, { path: ['end'], error: 'must be after start' });
export type WorkingHours = z.infer<typeof workingHoursSchema>;

/** Body of `POST /api/v1/technicians`, also the payload of the register command. */
export const registerTechnicianRequestSchema = z.strictObject({
  employeeNo: z.string().regex(/^[A-Za-z0-9-]{1,32}$/, { error: 'must be 1 to 32 letters, digits or hyphens' }),
  name: z.string().trim().min(1).max(100),
  /** Where the technician is told of assignments (RULES.md: by phone, SMS or the system). Stays in dispatch. */
  phone: phoneSchema,
  skills: z
    .array(skillSchema)
    .min(1)
    .max(20)
    .refine((list) => new Set(list).size === list.length, { error: 'must not repeat a skill' }),
  certifications: certificationsSchema.default([]),
  outletId: z.string().trim().min(1).max(50),
  province: z.string().trim().min(1).max(50),
  location: z.strictObject({ lat: latitudeSchema, lon: longitudeSchema }),
  dailyCapacity: z.number().int().min(1).max(50),
  workingHours: workingHoursSchema,
  status: technicianStatusSchema.default('active'),
});
export type RegisterTechnicianRequest = z.infer<typeof registerTechnicianRequestSchema>;

export const technicianRefSchema = z.strictObject({ technicianId: uuidSchema });
export type TechnicianRef = z.infer<typeof technicianRefSchema>;

/** Query of `GET /api/v1/technicians`: a page of at most 100. */
export const listTechniciansQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  status: technicianStatusSchema.optional(),
  skill: skillSchema.optional(),
});
export type ListTechniciansQuery = z.infer<typeof listTechniciansQuerySchema>;

export const changeTechnicianStatusRequestSchema = z.strictObject({ status: technicianStatusSchema });
export type ChangeTechnicianStatusRequest = z.infer<typeof changeTechnicianStatusRequestSchema>;
export const changeTechnicianStatusCommandSchema = z.strictObject({ technicianId: uuidSchema, status: technicianStatusSchema });
export type ChangeTechnicianStatusCommand = z.infer<typeof changeTechnicianStatusCommandSchema>;

export const replaceCertificationsRequestSchema = z.strictObject({ certifications: certificationsSchema });
export type ReplaceCertificationsRequest = z.infer<typeof replaceCertificationsRequestSchema>;
export const replaceCertificationsCommandSchema = z.strictObject({ technicianId: uuidSchema, certifications: certificationsSchema });
export type ReplaceCertificationsCommand = z.infer<typeof replaceCertificationsCommandSchema>;
