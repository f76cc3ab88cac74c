import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  discontinuePartCommandSchema,
  InventoryCommandSubjects as S,
  listPartsQuerySchema,
  partRefSchema,
  registerPartRequestSchema,
  type DiscontinuePartCommand,
  type ListPartsQuery,
  type PartPage,
  type PartRef,
  type PartView,
  type RegisterPartCommand,
} from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { DiscontinuePartUseCase } from './use-cases/discontinue-part/discontinue-part.use-case';
import { GetPartUseCase } from './use-cases/get-part/get-part.use-case';
import { RegisterPartUseCase } from './use-cases/register-part/register-part.use-case';

/** NATS command handlers of the parts catalogue. */
@CommandHandlers()
export class PartsMessageController {
  constructor(
    private readonly registerPart: RegisterPartUseCase,
    private readonly getPart: GetPartUseCase,
    private readonly discontinuePart: DiscontinuePartUseCase,
  ) {}

  @MessagePattern(S.registerPart)
  register(@Payload(new ZodValidationPipe(registerPartRequestSchema)) command: RegisterPartCommand, @Ctx() ctx: NatsContext): Promise<PartView> {
    return this.registerPart.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.getPart)
  get(@Payload(new ZodValidationPipe(partRefSchema)) ref: PartRef): Promise<PartView> {
    return this.getPart.execute(ref.partCode);
  }

  @MessagePattern(S.listParts)
  list(@Payload(new ZodValidationPipe(listPartsQuerySchema)) query: ListPartsQuery): Promise<PartPage> {
    return this.getPart.page(query);
  }

  @MessagePattern(S.discontinuePart)
  discontinue(@Payload(new ZodValidationPipe(discontinuePartCommandSchema)) command: DiscontinuePartCommand, @Ctx() ctx: NatsContext): Promise<PartView> {
    return this.discontinuePart.execute(command, correlationIdOf(ctx));
  }
}
