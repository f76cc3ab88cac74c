import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { DispatchCommandSubjects, recordSiteHazardsRequestSchema, siteIdSchema, type RecordSiteHazardsRequest, type SiteHazards } from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { Allow } from '../auth/roles.decorator';

const siteIdPipe = new ZodValidationPipe(siteIdSchema, 'siteId');

@ApiTags('dispatch')
@Controller('api/v1/sites')
export class SitesController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('dispatcher')
  @Post(':siteId/hazards')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record hazards known at a site (危险源), keyed by your site/address id' })
  @ApiParam({ name: 'siteId', example: 'addr-000123' })
  @ApiBody({ schema: openApiSchema(recordSiteHazardsRequestSchema) })
  record(
    @Param('siteId', siteIdPipe) siteId: string,
    @Body(new ZodValidationPipe(recordSiteHazardsRequestSchema)) body: RecordSiteHazardsRequest,
    @Req() req: Request,
  ): Promise<SiteHazards> {
    return this.commands.send(DispatchCommandSubjects.recordSiteHazards, { siteId, ...body }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('dispatcher')
  @Get(':siteId/hazards')
  @ApiOperation({ summary: 'The hazards recorded at a site' })
  @ApiParam({ name: 'siteId', example: 'addr-000123' })
  list(@Param('siteId', siteIdPipe) siteId: string, @Req() req: Request): Promise<SiteHazards> {
    return this.commands.send(DispatchCommandSubjects.listSiteHazards, { siteId }, { correlationId: correlationIdOfRequest(req) });
  }
}
