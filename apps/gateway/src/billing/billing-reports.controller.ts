import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  agingQuerySchema,
  BillingCommandSubjects,
  manufacturerClaimsQuerySchema,
  outletStatementQuerySchema,
  type AgingQuery,
  type AgingReport,
  type ManufacturerClaimsQuery,
  type ManufacturerClaimsReport,
  type OutletStatement,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { Allow, Scoped } from '../auth/roles.decorator';

@ApiTags('billing')
@Controller('api/v1/billing')
export class BillingReportsController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('finance')
  @Get('receivables/aging')
  @ApiOperation({ summary: 'Receivables aging (账龄): buckets 0-30, 31-60, 61-90, 91-180, over 180 days; beyond six months flagged' })
  @ApiQuery({ name: 'asOf', required: false, example: '2026-11-23' })
  aging(@Query(new ZodValidationPipe(agingQuerySchema)) query: AgingQuery, @Req() req: Request): Promise<AgingReport> {
    return this.commands.send(BillingCommandSubjects.agingReport, query, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('finance')
  @Get('manufacturer-claims')
  @ApiOperation({ summary: 'Manufacturer claims collected per maker; a second claim for the same unit, fault and period is flagged' })
  @ApiQuery({ name: 'maker', required: false, example: 'GREE' })
  claims(@Query(new ZodValidationPipe(manufacturerClaimsQuerySchema)) query: ManufacturerClaimsQuery, @Req() req: Request): Promise<ManufacturerClaimsReport> {
    return this.commands.send(BillingCommandSubjects.manufacturerClaims, query, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('finance', 'outlet_manager')
  @Scoped('outlet-code')
  @Get('outlets/:outletId/statements/:month')
  @ApiOperation({ summary: "An outsourced outlet's monthly settlement statement: the jobs it completed in the month" })
  @ApiParam({ name: 'outletId', example: 'OUT-HZ-01' })
  @ApiParam({ name: 'month', example: '2026-11' })
  statement(@Param('outletId') outletId: string, @Param('month') month: string, @Req() req: Request): Promise<OutletStatement> {
    const query = new ZodValidationPipe(outletStatementQuerySchema).transform({ outletId, month });
    return this.commands.send(BillingCommandSubjects.outletStatement, query, { correlationId: correlationIdOfRequest(req) });
  }
}
