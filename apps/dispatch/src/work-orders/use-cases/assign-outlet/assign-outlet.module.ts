import { Module } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { assignOutletCommandSchema, DispatchCommandSubjects, type AssignOutletCommand, type WorkOrderView } from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { WorkOrderRepository } from '../../work-order.repository';
import { AssignOutletUseCase } from './assign-outlet.use-case';

/** NATS handler of `cmd.dispatch.workorder.assign-outlet`. */
@CommandHandlers()
export class AssignOutletMessageController {
  constructor(private readonly assignOutlet: AssignOutletUseCase) {}

  @MessagePattern(DispatchCommandSubjects.assignOutlet)
  assign(@Payload(new ZodValidationPipe(assignOutletCommandSchema)) command: AssignOutletCommand, @Ctx() ctx: NatsContext): Promise<WorkOrderView> {
    return this.assignOutlet.execute(command, correlationIdOf(ctx));
  }
}

/** The outlet binding of work orders, used by the outlets context's offers and reassignments. */
@Module({ controllers: [AssignOutletMessageController], providers: [WorkOrderRepository, AssignOutletUseCase] })
export class AssignOutletModule {}
