import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  DispatchCommandSubjects,
  issueLoanerRequestSchema,
  loanerSerialSchema,
  returnLoanerRequestSchema,
  uuidSchema,
  type IssueLoanerRequest,
  type ReturnLoanerRequest,
  type WorkOrderView,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { Allow, Scoped } from '../auth/roles.decorator';

const idPipe = new ZodValidationPipe(uuidSchema, 'id');

/** Loaners (代用品) lent on a work order's case. */
@ApiTags('dispatch')
@Controller('api/v1/work-orders/:id/loaners')
export class LoanersController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('dispatcher', 'technician')
  @Scoped('work-order')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Lend the customer a loaner while the repair takes long' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(issueLoanerRequestSchema) })
  @ApiResponse({ status: 409, description: 'That serial is lent out already' })
  issue(@Param('id', idPipe) workOrderId: string, @Body(new ZodValidationPipe(issueLoanerRequestSchema)) body: IssueLoanerRequest, @Req() req: Request): Promise<WorkOrderView> {
    return this.commands.send(DispatchCommandSubjects.issueLoaner, { workOrderId, ...body }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('dispatcher', 'technician')
  @Scoped('work-order')
  @Post(':serial/return')
  @HttpCode(200)
  @ApiOperation({ summary: 'The loaner came back' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'serial', example: 'LN-AC-0001' })
  @ApiBody({ schema: openApiSchema(returnLoanerRequestSchema), required: false })
  giveBack(
    @Param('id', idPipe) workOrderId: string,
    @Param('serial', new ZodValidationPipe(loanerSerialSchema, 'serial')) serialNo: string,
    // No body means the loaner came back in good condition.
    @Body(new ZodValidationPipe(returnLoanerRequestSchema.optional())) body: ReturnLoanerRequest | undefined,
    @Req() req: Request,
  ): Promise<WorkOrderView> {
    const condition = body?.condition ?? 'good';
    return this.commands.send(DispatchCommandSubjects.returnLoaner, { workOrderId, serialNo, condition }, { correlationId: correlationIdOfRequest(req) });
  }
}
