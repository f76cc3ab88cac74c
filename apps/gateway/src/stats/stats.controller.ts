import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { casesOpenedQuerySchema, CommandSubjects, type CasesOpenedPerDay, type CasesOpenedQuery } from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { Allow } from '../auth/roles.decorator';

@ApiTags('quality')
@Controller('api/v1/stats')
export class StatsController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('quality_officer', 'customer_service')
  @Get('cases-opened')
  @ApiOperation({ summary: 'Cases opened on a local day, by service type (a projection of case.opened)' })
  @ApiQuery({ name: 'date', example: '2026-11-23' })
  casesOpened(@Query(new ZodValidationPipe(casesOpenedQuerySchema)) query: CasesOpenedQuery, @Req() req: Request): Promise<CasesOpenedPerDay> {
    return this.commands.send(CommandSubjects.qualityCasesOpenedPerDay, query, { correlationId: correlationIdOfRequest(req) });
  }
}
