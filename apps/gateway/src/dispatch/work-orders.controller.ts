import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { z } from 'zod';
import {
  acknowledgeHazardsRequestSchema,
  assignWorkOrderRequestSchema,
  checkInRequestSchema,
  confirmAppointmentRequestSchema,
  createWorkOrderRequestSchema,
  DispatchCommandSubjects as S,
  releaseWorkOrderRequestSchema,
  signOffRequestSchema,
  type TechnicianNotificationView,
  updateServiceRecordRequestSchema,
  uuidSchema,
  type AcknowledgeHazardsRequest,
  type AssignWorkOrderRequest,
  type CheckInRequest,
  type CommandReply,
  type CommandRequest,
  type Commands,
  type ConfirmAppointmentRequest,
  type CreateWorkOrderRequest,
  type ReleaseWorkOrderRequest,
  type SignOffRequest,
  type UpdateServiceRecordRequest,
  type WorkOrderView,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { Allow, Scoped } from '../auth/roles.decorator';

const idPipe = new ZodValidationPipe(uuidSchema, 'id');
/** The body parsed by a contract schema: a 400 names each bad field. */
const ValidBody = (schema: z.ZodType): ParameterDecorator => Body(new ZodValidationPipe(schema));

/** The commands that answer with a work order. */
type WorkOrderCommand = { [K in keyof Commands]: Commands[K]['reply'] extends WorkOrderView ? K : never }[keyof Commands];

/** Work orders (派工单) of cases: assignment, appointment, hazards, check-in, repair record, sign-off. */
@ApiTags('dispatch')
@Controller('api/v1/work-orders')
export class WorkOrdersController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('dispatcher')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Open the work order of a case (one open work order per case)' })
  @ApiBody({ schema: openApiSchema(createWorkOrderRequestSchema) })
  @ApiResponse({ status: 409, description: 'The case already has an open work order' })
  create(@ValidBody(createWorkOrderRequestSchema) request: CreateWorkOrderRequest, @Req() req: Request): Promise<WorkOrderView> {
    return this.send(S.createWorkOrder, request, req);
  }

  @Allow('dispatcher', 'technician', 'customer_service')
  @Scoped('work-order')
  @Get(':id')
  @ApiOperation({ summary: 'A work order with its assignments and their reasons, appointment, hazards, record and loaners' })
  @ApiParam({ name: 'id', format: 'uuid' })
  get(@Param('id', idPipe) workOrderId: string, @Req() req: Request): Promise<WorkOrderView> {
    return this.send(S.getWorkOrder, { workOrderId }, req);
  }

  @Allow('dispatcher', 'technician')
  @Scoped('work-order')
  @Get(':id/notifications')
  @ApiOperation({ summary: "Every attempt to tell the work order's technicians of assignments, appointments and delays" })
  @ApiParam({ name: 'id', format: 'uuid' })
  notifications(@Param('id', idPipe) workOrderId: string, @Req() req: Request): Promise<TechnicianNotificationView[]> {
    return this.commands.send(S.listTechnicianNotifications, { workOrderId }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('dispatcher')
  @Post(':id/assign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Assign the nearest qualified technician with capacity on the service date (派工)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(assignWorkOrderRequestSchema), required: false })
  @ApiResponse({ status: 422, description: 'DISPATCH.NO_TECHNICIAN_AVAILABLE: nobody qualified has room that day' })
  assign(@Param('id', idPipe) workOrderId: string, @ValidBody(assignWorkOrderRequestSchema.optional()) request: AssignWorkOrderRequest | undefined, @Req() req: Request): Promise<WorkOrderView> {
    return this.send(S.assignWorkOrder, { workOrderId, ...request }, req);
  }

  @Allow('dispatcher', 'technician')
  @Scoped('work-order')
  @Post(':id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'The assigned technician declines; the work order goes to the next candidate' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(releaseWorkOrderRequestSchema) })
  decline(@Param('id', idPipe) workOrderId: string, @ValidBody(releaseWorkOrderRequestSchema) request: ReleaseWorkOrderRequest, @Req() req: Request): Promise<WorkOrderView> {
    return this.send(S.declineWorkOrder, { workOrderId, ...request, reason: 'declined' }, req);
  }

  @Allow('dispatcher')
  @Post(':id/no-show')
  @HttpCode(200)
  @ApiOperation({ summary: 'The assigned technician did not show up; the work order goes to the next candidate' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(releaseWorkOrderRequestSchema) })
  noShow(@Param('id', idPipe) workOrderId: string, @ValidBody(releaseWorkOrderRequestSchema) request: ReleaseWorkOrderRequest, @Req() req: Request): Promise<WorkOrderView> {
    return this.send(S.declineWorkOrder, { workOrderId, ...request, reason: 'no_show' }, req);
  }

  @Allow('dispatcher', 'technician')
  @Scoped('work-order')
  @Post(':id/appointment')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the expected arrival agreed with the customer' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(confirmAppointmentRequestSchema) })
  appointment(@Param('id', idPipe) workOrderId: string, @ValidBody(confirmAppointmentRequestSchema) request: ConfirmAppointmentRequest, @Req() req: Request): Promise<WorkOrderView> {
    return this.send(S.confirmAppointment, { workOrderId, ...request }, req);
  }

  @Allow('dispatcher', 'technician')
  @Scoped('work-order')
  @Post(':id/hazards/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: "The assigned technician acknowledges the site's hazards" })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(acknowledgeHazardsRequestSchema) })
  acknowledge(@Param('id', idPipe) workOrderId: string, @ValidBody(acknowledgeHazardsRequestSchema) request: AcknowledgeHazardsRequest, @Req() req: Request): Promise<WorkOrderView> {
    return this.send(S.acknowledgeHazards, { workOrderId, ...request }, req);
  }

  @Allow('dispatcher', 'technician')
  @Scoped('work-order')
  @Post(':id/check-in')
  @HttpCode(200)
  @ApiOperation({ summary: 'Arrival on site; refused until every site hazard is acknowledged' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(checkInRequestSchema) })
  @ApiResponse({ status: 409, description: 'DISPATCH.HAZARDS_NOT_ACKNOWLEDGED' })
  checkIn(@Param('id', idPipe) workOrderId: string, @ValidBody(checkInRequestSchema) request: CheckInRequest, @Req() req: Request): Promise<WorkOrderView> {
    return this.send(S.checkIn, { workOrderId, ...request }, req);
  }

  @Allow('dispatcher', 'technician')
  @Scoped('work-order')
  @Post(':id/record')
  @HttpCode(200)
  @ApiOperation({ summary: 'Write the repair record: diagnosis, plan, consent, parts, test, latent problems' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(updateServiceRecordRequestSchema) })
  record(@Param('id', idPipe) workOrderId: string, @ValidBody(updateServiceRecordRequestSchema) request: UpdateServiceRecordRequest, @Req() req: Request): Promise<WorkOrderView> {
    return this.send(S.updateServiceRecord, { workOrderId, ...request }, req);
  }

  @Allow('dispatcher', 'technician')
  @Scoped('work-order')
  @Post(':id/sign-off')
  @HttpCode(200)
  @ApiOperation({ summary: 'The customer signs the repair record; the work order closes' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(signOffRequestSchema) })
  signOff(@Param('id', idPipe) workOrderId: string, @ValidBody(signOffRequestSchema) request: SignOffRequest, @Req() req: Request): Promise<WorkOrderView> {
    return this.send(S.signOff, { workOrderId, ...request }, req);
  }

  private send<K extends WorkOrderCommand>(subject: K, payload: CommandRequest<K>, req: Request): Promise<CommandReply<K>> {
    return this.commands.send(subject, payload, { correlationId: correlationIdOfRequest(req) });
  }
}
