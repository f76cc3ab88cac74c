import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AuditCommandSubjects, caseNoSchema, SERVICE_APPS, type AuditEntryView } from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { Allow } from '../auth/roles.decorator';

/** The audit trail of a case (审计记录): every change any service made to it, who made it and when. */
@ApiTags('audit')
@Controller('api/v1/cases/:caseNo/audit')
export class CaseAuditController {
  constructor(private readonly commands: CommandClient) {}

  @Get()
  @Allow('quality_officer')
  @ApiOperation({ summary: 'Every state change of a case across the services, oldest first: time, actor, event, before and after' })
  @ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
  async list(@Param('caseNo', new ZodValidationPipe(caseNoSchema, 'caseNo')) caseNo: string): Promise<{ caseNo: string; entries: AuditEntryView[] }> {
    // All or nothing: an audit trail missing one service's changes would mislead.
    const perService = await Promise.all(SERVICE_APPS.map((app) => this.commands.send(AuditCommandSubjects[app], { caseNo })));
    const entries = perService.flat().sort((a, b) => a.time.localeCompare(b.time) || a.service.localeCompare(b.service));
    return { caseNo, entries };
  }
}
