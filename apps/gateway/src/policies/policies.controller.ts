import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { casePolicySchema, CommandSubjects, type CasePolicy, type PolicyView } from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { AdminOnly, Allow } from '../auth/roles.decorator';

@ApiTags('policies')
@Controller('api/v1/policies/cases')
export class PoliciesController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('customer_service', 'dispatcher', 'quality_officer')
  @Get('active')
  @ApiOperation({ summary: 'The service-level policy new cases pin' })
  active(@Req() req: Request): Promise<PolicyView> {
    return this.commands.send(CommandSubjects.intakeGetActivePolicy, {}, { correlationId: correlationIdOfRequest(req) });
  }

  @AdminOnly()
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a policy version (immutable; activate it separately)' })
  @ApiBody({ schema: openApiSchema(casePolicySchema) })
  create(@Body(new ZodValidationPipe(casePolicySchema)) policy: CasePolicy, @Req() req: Request): Promise<PolicyView> {
    return this.commands.send(CommandSubjects.intakeCreatePolicy, policy, { correlationId: correlationIdOfRequest(req) });
  }

  @AdminOnly()
  @Post(':version/activate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Make a version the one new cases pin; running cases keep theirs' })
  activate(@Param('version', new ZodValidationPipe(casePolicySchema.shape.version, 'version')) version: string, @Req() req: Request): Promise<PolicyView> {
    return this.commands.send(CommandSubjects.intakeActivatePolicy, { version }, { correlationId: correlationIdOfRequest(req) });
  }
}
