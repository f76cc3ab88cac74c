import { z } from 'zod';
import { codesOf } from '../labels';
import { HAZARD_TYPES } from './dispatch.labels';

/** The caller's id of a site or address (e.g. intake's address id); dispatch keeps hazards by it. */
export const siteIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/, { error: 'must be 1 to 64 letters, digits or . _ : -' });

export const siteRefSchema = z.strictObject({ siteId: siteIdSchema });
export type SiteRef = z.infer<typeof siteRefSchema>;

/** Body of `POST /api/v1/sites/{siteId}/hazards`: hazards known at the site (危险源), added to its list. */
export const recordSiteHazardsRequestSchema = z.strictObject({
  hazards: z
    .array(z.strictObject({ type: z.enum(codesOf(HAZARD_TYPES)), note: z.string().trim().min(1).max(500).optional() }))
    .min(1)
    .max(20),
});
export type RecordSiteHazardsRequest = z.infer<typeof recordSiteHazardsRequestSchema>;

export const recordSiteHazardsCommandSchema = recordSiteHazardsRequestSchema.extend({ siteId: siteIdSchema });
export type RecordSiteHazardsCommand = z.infer<typeof recordSiteHazardsCommandSchema>;
