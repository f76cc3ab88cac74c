import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  DispatchCommandSubjects,
  recordSiteHazardsCommandSchema,
  siteRefSchema,
  type RecordSiteHazardsCommand,
  type SiteHazards,
  type SiteRef,
} from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { ListSiteHazardsUseCase } from './use-cases/list-site-hazards/list-site-hazards.use-case';
import { RecordSiteHazardsUseCase } from './use-cases/record-site-hazards/record-site-hazards.use-case';

@CommandHandlers()
export class SitesMessageController {
  constructor(
    private readonly recordHazards: RecordSiteHazardsUseCase,
    private readonly listHazards: ListSiteHazardsUseCase,
  ) {}

  @MessagePattern(DispatchCommandSubjects.recordSiteHazards)
  record(@Payload(new ZodValidationPipe(recordSiteHazardsCommandSchema)) command: RecordSiteHazardsCommand, @Ctx() ctx: NatsContext): Promise<SiteHazards> {
    return this.recordHazards.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(DispatchCommandSubjects.listSiteHazards)
  list(@Payload(new ZodValidationPipe(siteRefSchema)) ref: SiteRef): Promise<SiteHazards> {
    return this.listHazards.execute(ref.siteId);
  }
}
