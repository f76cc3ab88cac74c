import { Injectable } from '@nestjs/common';
import type { SiteHazards } from '@aftersales/contracts';
import { SiteRepository } from '../../site.repository';
import { toSiteHazardView } from '../../site-hazard.view';

@Injectable()
export class ListSiteHazardsUseCase {
  constructor(private readonly sites: SiteRepository) {}

  async execute(siteId: string): Promise<SiteHazards> {
    const hazards = await this.sites.hazardsOf(siteId);
    return { siteId, hazards: hazards.map(toSiteHazardView) };
  }
}
