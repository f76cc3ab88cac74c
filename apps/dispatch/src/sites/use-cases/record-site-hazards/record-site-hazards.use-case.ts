import { Injectable } from '@nestjs/common';
import { DispatchEventSubjects, type RecordSiteHazardsCommand, type SiteHazards } from '@aftersales/contracts';
import { SiteRepository } from '../../site.repository';
import { toSiteHazardView } from '../../site-hazard.view';

/**
 * Adds known hazards to a site's list (RULES.md: the technician is briefed before visiting). A
 * technician assigned there must acknowledge each of them, new ones included, before checking in.
 */
@Injectable()
export class RecordSiteHazardsUseCase {
  constructor(private readonly sites: SiteRepository) {}

  async execute(command: RecordSiteHazardsCommand, causationId?: string): Promise<SiteHazards> {
    await this.sites.inTransaction(async (tx) => {
      const recordedAt = new Date();
      const added = await tx.addHazards(command.siteId, command.hazards, recordedAt);
      await tx.appendEvent({
        subject: DispatchEventSubjects.siteHazardsRecorded,
        aggregateId: command.siteId,
        correlationId: causationId ?? command.siteId,
        causationId,
        // The notes are free text that may describe the household: they stay in dispatch.
        data: { siteId: command.siteId, hazards: added.map((h) => ({ hazardId: h.id, type: h.type })), recordedAt: recordedAt.toISOString() },
      });
    });
    const hazards = await this.sites.hazardsOf(command.siteId);
    return { siteId: command.siteId, hazards: hazards.map(toSiteHazardView) };
  }
}
