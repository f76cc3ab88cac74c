import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  changeTechnicianStatusRequestSchema,
  DispatchCommandSubjects,
  listTechniciansQuerySchema,
  registerTechnicianRequestSchema,
  replaceCertificationsRequestSchema,
  uuidSchema,
  type ChangeTechnicianStatusRequest,
  type ListTechniciansQuery,
  type RegisterTechnicianRequest,
  type ReplaceCertificationsRequest,
  type TechnicianPage,
  type TechnicianView,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { Allow, Scoped } from '../auth/roles.decorator';

const idPipe = new ZodValidationPipe(uuidSchema, 'id');

@ApiTags('dispatch')
@Controller('api/v1/technicians')
export class TechniciansController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('dispatcher')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a technician (登记技术员): skills, certificates, base, daily capacity, working hours' })
  @ApiBody({ schema: openApiSchema(registerTechnicianRequestSchema) })
  @ApiResponse({ status: 201, description: 'The technician' })
  @ApiResponse({ status: 400, description: 'Invalid body: `errors` names each bad field' })
  @ApiResponse({ status: 409, description: 'The employee number is taken' })
  register(@Body(new ZodValidationPipe(registerTechnicianRequestSchema)) body: RegisterTechnicianRequest, @Req() req: Request): Promise<TechnicianView> {
    return this.commands.send(DispatchCommandSubjects.registerTechnician, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('dispatcher')
  @Get()
  @ApiOperation({ summary: 'A page of technicians in registration order (at most 100)' })
  @ApiQuery({ name: 'limit', required: false, example: 20 })
  @ApiQuery({ name: 'offset', required: false, example: 0 })
  @ApiQuery({ name: 'status', required: false, enum: ['active', 'off_duty', 'suspended'] })
  @ApiQuery({ name: 'skill', required: false, example: 'air_conditioner' })
  list(@Query(new ZodValidationPipe(listTechniciansQuerySchema)) query: ListTechniciansQuery, @Req() req: Request): Promise<TechnicianPage> {
    return this.commands.send(DispatchCommandSubjects.listTechnicians, query, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('dispatcher', 'technician', 'outlet_manager')
  @Scoped('technician')
  @Get(':id')
  @ApiOperation({ summary: 'A technician' })
  @ApiParam({ name: 'id', format: 'uuid' })
  get(@Param('id', idPipe) technicianId: string, @Req() req: Request): Promise<TechnicianView> {
    return this.commands.send(DispatchCommandSubjects.getTechnician, { technicianId }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('dispatcher')
  @Put(':id/status')
  @ApiOperation({ summary: 'Put a technician on or off duty, or suspend them' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(changeTechnicianStatusRequestSchema) })
  changeStatus(
    @Param('id', idPipe) technicianId: string,
    @Body(new ZodValidationPipe(changeTechnicianStatusRequestSchema)) body: ChangeTechnicianStatusRequest,
    @Req() req: Request,
  ): Promise<TechnicianView> {
    return this.commands.send(DispatchCommandSubjects.changeTechnicianStatus, { technicianId, ...body }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('dispatcher')
  @Put(':id/certifications')
  @ApiOperation({ summary: "Replace a technician's certificates (renewals, new categories)" })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(replaceCertificationsRequestSchema) })
  replaceCertifications(
    @Param('id', idPipe) technicianId: string,
    @Body(new ZodValidationPipe(replaceCertificationsRequestSchema)) body: ReplaceCertificationsRequest,
    @Req() req: Request,
  ): Promise<TechnicianView> {
    return this.commands.send(DispatchCommandSubjects.replaceCertifications, { technicianId, ...body }, { correlationId: correlationIdOfRequest(req) });
  }
}
