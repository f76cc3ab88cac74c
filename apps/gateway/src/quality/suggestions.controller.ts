import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  decideSuggestionRequestSchema,
  evaluateSuggestionRequestSchema,
  QualityCommandSubjects as S,
  registerSuggestionRequestSchema,
  replySuggestionRequestSchema,
  suggestionIdSchema,
  type DecideSuggestionRequest,
  type EvaluateSuggestionRequest,
  type RegisterSuggestionRequest,
  type ReplySuggestionRequest,
  type SuggestionView,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { Allow } from '../auth/roles.decorator';

const idPipe = new ZodValidationPipe(suggestionIdSchema, 'id');

/** Suggestions (建议): evaluate, adopt or decline, reply to the customer. */
@ApiTags('quality')
@Controller('api/v1/suggestions')
export class SuggestionsController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('customer_service', 'quality_officer')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: "Register a customer's suggestion" })
  @ApiBody({ schema: openApiSchema(registerSuggestionRequestSchema) })
  register(@Body(new ZodValidationPipe(registerSuggestionRequestSchema)) body: RegisterSuggestionRequest, @Req() req: Request): Promise<SuggestionView> {
    return this.commands.send(S.registerSuggestion, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('customer_service', 'quality_officer')
  @Get(':id')
  @ApiOperation({ summary: 'A suggestion with its evaluation, decision and reply' })
  @ApiParam({ name: 'id', format: 'uuid' })
  get(@Param('id', idPipe) suggestionId: string, @Req() req: Request): Promise<SuggestionView> {
    return this.commands.send(S.getSuggestion, { suggestionId }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('customer_service', 'quality_officer')
  @Post(':id/evaluation')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the department's assessment and the suggestion's benefit" })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(evaluateSuggestionRequestSchema) })
  @ApiResponse({ status: 409, description: 'QUALITY.SUGGESTION_STEP_REFUSED: already decided' })
  evaluate(@Param('id', idPipe) suggestionId: string, @Body(new ZodValidationPipe(evaluateSuggestionRequestSchema)) body: EvaluateSuggestionRequest, @Req() req: Request): Promise<SuggestionView> {
    return this.commands.send(S.evaluateSuggestion, { ...body, suggestionId }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('customer_service', 'quality_officer')
  @Post(':id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Adopt or decline an evaluated suggestion (a decline states its reason)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(decideSuggestionRequestSchema) })
  @ApiResponse({ status: 409, description: 'QUALITY.SUGGESTION_STEP_REFUSED: not evaluated, or decided already' })
  decide(@Param('id', idPipe) suggestionId: string, @Body(new ZodValidationPipe(decideSuggestionRequestSchema)) body: DecideSuggestionRequest, @Req() req: Request): Promise<SuggestionView> {
    return this.commands.send(S.decideSuggestion, { ...body, suggestionId }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('customer_service', 'quality_officer')
  @Post(':id/reply')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tell the customer the decision, once, on the channel given' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(replySuggestionRequestSchema) })
  @ApiResponse({ status: 409, description: 'QUALITY.SUGGESTION_STEP_REFUSED: not decided, or answered already' })
  reply(@Param('id', idPipe) suggestionId: string, @Body(new ZodValidationPipe(replySuggestionRequestSchema)) body: ReplySuggestionRequest, @Req() req: Request): Promise<SuggestionView> {
    return this.commands.send(S.replySuggestion, { ...body, suggestionId }, { correlationId: correlationIdOfRequest(req) });
  }
}
