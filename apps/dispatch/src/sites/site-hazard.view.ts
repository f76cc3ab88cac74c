import type { SiteHazardView } from '@aftersales/contracts';
import type { SiteHazard } from './site-hazard.entity';

export function toSiteHazardView(h: SiteHazard): SiteHazardView {
  return { id: h.id, siteId: h.siteId, type: h.type, note: h.note, recordedAt: h.recordedAt.toISOString() };
}
