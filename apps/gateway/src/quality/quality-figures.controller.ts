import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  FIGURE_DIMENSIONS,
  scorecardOutletRefSchema,
  QualityFigureCommandSubjects,
  qualityFiguresQuerySchema,
  type OutletScorecard,
  type QualityFiguresQuery,
  type QualityFiguresView,
  type ServiceDefectDisclosure,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { AdminOnly, Allow, Scoped } from '../auth/roles.decorator';
import { OpenRoute } from '@aftersales/observability';

@ApiTags('quality')
@Controller('api/v1')
export class QualityFiguresController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('quality_officer')
  @Get('quality/figures')
  @ApiOperation({ summary: 'Quality figures (first-time fix, satisfaction, complaints, SLA on time, cycle time) of closed cases, grouped' })
  @ApiQuery({ name: 'by', required: true, enum: FIGURE_DIMENSIONS })
  @ApiQuery({ name: 'month', required: false, example: '2026-11' })
  figures(@Query(new ZodValidationPipe(qualityFiguresQuerySchema)) query: QualityFiguresQuery, @Req() req: Request): Promise<QualityFiguresView> {
    return this.commands.send(QualityFigureCommandSubjects.figures, query, { correlationId: correlationIdOfRequest(req) });
  }

  @AdminOnly()
  @Post('quality/figures/rebuild')
  @HttpCode(202)
  @ApiOperation({ summary: 'Empty the figures and rebuild them by replaying the event stream' })
  rebuild(@Req() req: Request): Promise<{ rebuilding: true }> {
    return this.commands.send(QualityFigureCommandSubjects.rebuild, {}, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('quality_officer', 'outlet_manager')
  @Scoped('outlet-code')
  @Get('quality/outlets/:outletId/scorecard')
  @ApiOperation({ summary: "An outlet's scorecard from the quality figures, overall and per month" })
  @ApiParam({ name: 'outletId', example: 'OUT-HZ-01' })
  scorecard(@Param('outletId', new ZodValidationPipe(scorecardOutletRefSchema.shape.outletId, 'outletId')) outletId: string, @Req() req: Request): Promise<OutletScorecard> {
    return this.commands.send(QualityFigureCommandSubjects.outletScorecard, { outletId }, { correlationId: correlationIdOfRequest(req) });
  }

  // The service-defect disclosure is public by rule (服务缺陷公开机制).
  @OpenRoute()
  @Get('public/service-defects')
  @ApiOperation({ summary: 'Public service-defect disclosure (服务缺陷公开): monthly aggregates, no personal data' })
  serviceDefects(@Req() req: Request): Promise<ServiceDefectDisclosure> {
    return this.commands.send(QualityFigureCommandSubjects.serviceDefects, {}, { correlationId: correlationIdOfRequest(req) });
  }
}
