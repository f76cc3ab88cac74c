import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { PERIODIC_CAMPAIGNS, periodicFollowUpsQuerySchema, QualityCommandSubjects, type PeriodicFollowUpsQuery, type PeriodicFollowUpView } from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { Allow } from '../auth/roles.decorator';

@ApiTags('quality')
@Controller('api/v1/periodic-follow-ups')
export class PeriodicFollowUpsController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('quality_officer')
  @Get()
  @ApiOperation({ summary: "The follow-ups a campaign's schedule opened in a period (its local month)" })
  @ApiQuery({ name: 'campaign', required: true, enum: Object.keys(PERIODIC_CAMPAIGNS) })
  @ApiQuery({ name: 'period', required: true, example: '2026-07' })
  list(@Query(new ZodValidationPipe(periodicFollowUpsQuerySchema)) query: PeriodicFollowUpsQuery, @Req() req: Request): Promise<PeriodicFollowUpView[]> {
    return this.commands.send(QualityCommandSubjects.listPeriodicFollowUps, query, { correlationId: correlationIdOfRequest(req) });
  }
}
