import { Module } from '@nestjs/common';
import { SiteRepository } from './site.repository';
import { SitesMessageController } from './sites.message-controller';
import { ListSiteHazardsUseCase } from './use-cases/list-site-hazards/list-site-hazards.use-case';
import { RecordSiteHazardsUseCase } from './use-cases/record-site-hazards/record-site-hazards.use-case';

@Module({
  controllers: [SitesMessageController],
  providers: [SiteRepository, RecordSiteHazardsUseCase, ListSiteHazardsUseCase],
})
export class SitesModule {}
