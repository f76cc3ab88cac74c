import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CommandSubjects, customerRefSchema, type CustomerFileView } from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';

@ApiTags('customers')
@Controller('api/v1/customers')
export class CustomersController {
  constructor(private readonly commands: CommandClient) {}

  @Get(':customerId/file')
  @ApiOperation({ summary: 'The customer file (客户档案): units, cases, repair records, complaints, follow-ups' })
  @ApiParam({ name: 'customerId', format: 'uuid' })
  file(@Param('customerId', new ZodValidationPipe(customerRefSchema.shape.customerId, 'customerId')) customerId: string, @Req() req: Request): Promise<CustomerFileView> {
    return this.commands.send(CommandSubjects.intakeGetCustomerFile, { customerId }, { correlationId: correlationIdOfRequest(req) });
  }
}
