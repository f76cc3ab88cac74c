import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CommandSubjects, customerRefSchema, DispatchCommandSubjects, QualityCommandSubjects, type CustomerFileView } from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { Allow } from '../auth/roles.decorator';

/** Repair records of this many most recent cases are shown in the file. */
const RECORDED_CASES = 50;

@ApiTags('customers')
@Controller('api/v1/customers')
export class CustomersController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('customer_service')
  @Get(':customerId/file')
  @ApiOperation({ summary: 'The customer file (客户档案): units, cases, repair records, complaints, follow-ups' })
  @ApiParam({ name: 'customerId', format: 'uuid' })
  async file(@Param('customerId', new ZodValidationPipe(customerRefSchema.shape.customerId, 'customerId')) customerId: string, @Req() req: Request): Promise<CustomerFileView> {
    const correlationId = correlationIdOfRequest(req);
    const file = await this.commands.send(CommandSubjects.intakeGetCustomerFile, { customerId }, { correlationId });
    const caseNos = file.cases.slice(0, RECORDED_CASES).map((c) => c.caseNo);
    const [workOrders, quality] = await Promise.all([
      caseNos.length ? this.commands.send(DispatchCommandSubjects.findWorkOrdersForCases, { caseNos }, { correlationId }) : [],
      this.commands.send(QualityCommandSubjects.customerRecords, { customerId }, { correlationId }),
    ]);
    const repairRecords = workOrders
      .filter((w) => w.record !== null)
      .map((w) => ({ caseNo: w.caseNo, workOrderId: w.id, technicianId: w.technicianId, place: w.place, checkedInAt: w.checkedInAt, signedOffAt: w.signedOffAt, record: w.record }));
    return { ...file, repairRecords, complaints: quality.complaints, followUps: quality.followUps };
  }
}
