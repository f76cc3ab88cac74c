import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  changeTechnicianStatusCommandSchema,
  DispatchCommandSubjects,
  listTechniciansQuerySchema,
  registerTechnicianRequestSchema,
  replaceCertificationsCommandSchema,
  technicianRefSchema,
  type ChangeTechnicianStatusCommand,
  type ListTechniciansQuery,
  type RegisterTechnicianRequest,
  type ReplaceCertificationsCommand,
  type TechnicianPage,
  type TechnicianRef,
  type TechnicianView,
} from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { ChangeTechnicianStatusUseCase } from './use-cases/change-technician-status/change-technician-status.use-case';
import { GetTechnicianUseCase } from './use-cases/get-technician/get-technician.use-case';
import { ListTechniciansUseCase } from './use-cases/list-technicians/list-technicians.use-case';
import { RegisterTechnicianUseCase } from './use-cases/register-technician/register-technician.use-case';
import { ReplaceCertificationsUseCase } from './use-cases/replace-certifications/replace-certifications.use-case';

/** NATS command handlers of technicians: parse, call the use case, return its result. */
@CommandHandlers()
export class TechniciansMessageController {
  constructor(
    private readonly registerTechnician: RegisterTechnicianUseCase,
    private readonly getTechnician: GetTechnicianUseCase,
    private readonly listTechnicians: ListTechniciansUseCase,
    private readonly changeStatus: ChangeTechnicianStatusUseCase,
    private readonly replaceCertifications: ReplaceCertificationsUseCase,
  ) {}

  @MessagePattern(DispatchCommandSubjects.registerTechnician)
  register(@Payload(new ZodValidationPipe(registerTechnicianRequestSchema)) request: RegisterTechnicianRequest, @Ctx() ctx: NatsContext): Promise<TechnicianView> {
    return this.registerTechnician.execute(request, correlationIdOf(ctx));
  }

  @MessagePattern(DispatchCommandSubjects.getTechnician)
  get(@Payload(new ZodValidationPipe(technicianRefSchema)) ref: TechnicianRef): Promise<TechnicianView> {
    return this.getTechnician.execute(ref.technicianId);
  }

  @MessagePattern(DispatchCommandSubjects.listTechnicians)
  list(@Payload(new ZodValidationPipe(listTechniciansQuerySchema)) query: ListTechniciansQuery): Promise<TechnicianPage> {
    return this.listTechnicians.execute(query);
  }

  @MessagePattern(DispatchCommandSubjects.changeTechnicianStatus)
  status(@Payload(new ZodValidationPipe(changeTechnicianStatusCommandSchema)) command: ChangeTechnicianStatusCommand, @Ctx() ctx: NatsContext): Promise<TechnicianView> {
    return this.changeStatus.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(DispatchCommandSubjects.replaceCertifications)
  certifications(@Payload(new ZodValidationPipe(replaceCertificationsCommandSchema)) command: ReplaceCertificationsCommand, @Ctx() ctx: NatsContext): Promise<TechnicianView> {
    return this.replaceCertifications.execute(command, correlationIdOf(ctx));
  }
}
