import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  changeProductModelCommandSchema,
  CommandSubjects as S,
  listProductModelsQuerySchema,
  productModelRefSchema,
  registerProductModelSchema,
  type ChangeProductModelCommand,
  type ListProductModelsQuery,
  type ProductModelPage,
  type ProductModelRef,
  type ProductModelView,
  type RegisterProductModelCommand,
} from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { ChangeProductModelUseCase } from './use-cases/change-product-model/change-product-model.use-case';
import { GetProductModelUseCase } from './use-cases/get-product-model/get-product-model.use-case';
import { ListProductModelsUseCase } from './use-cases/list-product-models/list-product-models.use-case';
import { RegisterProductModelUseCase } from './use-cases/register-product-model/register-product-model.use-case';

/** NATS command handlers of the product catalogue. */
@CommandHandlers()
export class ProductModelsMessageController {
  constructor(
    private readonly registerModel: RegisterProductModelUseCase,
    private readonly changeModel: ChangeProductModelUseCase,
    private readonly getModel: GetProductModelUseCase,
    private readonly listModels: ListProductModelsUseCase,
  ) {}

  @MessagePattern(S.intakeRegisterProductModel)
  register(@Payload(new ZodValidationPipe(registerProductModelSchema)) command: RegisterProductModelCommand, @Ctx() ctx: NatsContext): Promise<ProductModelView> {
    return this.registerModel.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.intakeChangeProductModel)
  change(@Payload(new ZodValidationPipe(changeProductModelCommandSchema)) command: ChangeProductModelCommand, @Ctx() ctx: NatsContext): Promise<ProductModelView> {
    return this.changeModel.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.intakeGetProductModel)
  get(@Payload(new ZodValidationPipe(productModelRefSchema)) ref: ProductModelRef): Promise<ProductModelView> {
    return this.getModel.execute(ref.code);
  }

  @MessagePattern(S.intakeListProductModels)
  list(@Payload(new ZodValidationPipe(listProductModelsQuerySchema)) query: ListProductModelsQuery): Promise<ProductModelPage> {
    return this.listModels.execute(query);
  }
}
