import { Body, Controller, Get, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  DispatchCommandSubjects,
  openOfferRequestSchema,
  OutletCommandSubjects as S,
  outletPolicySchema,
  uuidSchema,
  type OfferView,
  type OpenOfferRequest,
  type OutletPolicy,
  type OutletPolicyView,
  type SurveyView,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { AdminOnly, Allow } from '../auth/roles.decorator';

const idPipe = new ZodValidationPipe(uuidSchema, 'id');

/** Work orders offered to outsourced outlets (registered before the outlet routes: `offers` is no outlet id). */
@ApiTags('outlets')
@Controller('api/v1/outlets/offers')
export class OutletOffersController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('dispatcher')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Offer a work order to the nearest covering outsourced outlets, one at a time, each within the policy time' })
  @ApiBody({ schema: openApiSchema(openOfferRequestSchema) })
  @ApiResponse({ status: 404, description: 'No such work order' })
  async open(@Body(new ZodValidationPipe(openOfferRequestSchema)) body: OpenOfferRequest, @Req() req: Request): Promise<OfferView> {
    const correlationId = correlationIdOfRequest(req);
    const workOrder = await this.commands.send(DispatchCommandSubjects.getWorkOrder, { workOrderId: body.workOrderId }, { correlationId });
    const { province, lat, lon } = workOrder.site;
    return this.commands.send(S.openOffer, { workOrderId: workOrder.id, caseNo: workOrder.caseNo, site: { province, lat, lon } }, { correlationId: workOrder.caseNo });
  }

  @Allow('dispatcher')
  @Get(':id')
  @ApiOperation({ summary: 'The offer of a work order: its attempts, their answers and the bound outlet' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The work order id' })
  get(@Param('id', idPipe) workOrderId: string, @Req() req: Request): Promise<OfferView> {
    return this.commands.send(S.getOffer, { workOrderId }, { correlationId: correlationIdOfRequest(req) });
  }
}

/** Annual surveys and their rectification. */
@ApiTags('outlets')
@Controller('api/v1/outlets/surveys')
export class OutletSurveysController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('quality_officer')
  @Get(':id')
  @ApiOperation({ summary: 'An annual survey with its rectification status and due time' })
  @ApiParam({ name: 'id', format: 'uuid' })
  get(@Param('id', idPipe) surveyId: string, @Req() req: Request): Promise<SurveyView> {
    return this.commands.send(S.getSurvey, { surveyId }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('quality_officer')
  @Post(':id/rectification-completed')
  @HttpCode(200)
  @ApiOperation({ summary: 'The outlet rectified what the survey demanded: the escalation is called off' })
  @ApiParam({ name: 'id', format: 'uuid' })
  complete(@Param('id', idPipe) surveyId: string, @Req() req: Request): Promise<SurveyView> {
    return this.commands.send(S.completeRectification, { surveyId }, { correlationId: correlationIdOfRequest(req) });
  }
}

/** The network policy: answer time of outsourced outlets, rectification period. */
@ApiTags('outlets')
@Controller('api/v1/outlets/policy')
export class OutletPolicyController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('quality_officer')
  @Get()
  @ApiOperation({ summary: 'The network policy in force' })
  get(@Req() req: Request): Promise<OutletPolicyView> {
    return this.commands.send(S.getPolicy, {}, { correlationId: correlationIdOfRequest(req) });
  }

  @AdminOnly()
  @Put()
  @ApiOperation({ summary: 'Replace the network policy; running processes keep the one they started with' })
  @ApiBody({ schema: openApiSchema(outletPolicySchema) })
  set(@Body(new ZodValidationPipe(outletPolicySchema)) body: OutletPolicy, @Req() req: Request): Promise<OutletPolicyView> {
    return this.commands.send(S.setPolicy, body, { correlationId: correlationIdOfRequest(req) });
  }
}
