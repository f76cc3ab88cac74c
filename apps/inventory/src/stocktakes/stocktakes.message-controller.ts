import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  countStocktakeCommandSchema,
  InventoryCommandSubjects as S,
  openStocktakeRequestSchema,
  stocktakeRefSchema,
  type CountStocktakeCommand,
  type OpenStocktakeRequest,
  type StocktakeRef,
  type StocktakeView,
} from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { CountStocktakeUseCase } from './use-cases/count-stocktake/count-stocktake.use-case';
import { GetStocktakeUseCase } from './use-cases/get-stocktake/get-stocktake.use-case';
import { OpenStocktakeUseCase } from './use-cases/open-stocktake/open-stocktake.use-case';
import { PostStocktakeUseCase } from './use-cases/post-stocktake/post-stocktake.use-case';

/** NATS command handlers of stocktakes: open, count, report, post. */
@CommandHandlers()
export class StocktakesMessageController {
  constructor(
    private readonly openStocktake: OpenStocktakeUseCase,
    private readonly getStocktake: GetStocktakeUseCase,
    private readonly countStocktake: CountStocktakeUseCase,
    private readonly postStocktake: PostStocktakeUseCase,
  ) {}

  @MessagePattern(S.openStocktake)
  open(@Payload(new ZodValidationPipe(openStocktakeRequestSchema)) request: OpenStocktakeRequest, @Ctx() ctx: NatsContext): Promise<StocktakeView> {
    return this.openStocktake.execute(request, correlationIdOf(ctx));
  }

  @MessagePattern(S.getStocktake)
  get(@Payload(new ZodValidationPipe(stocktakeRefSchema)) ref: StocktakeRef): Promise<StocktakeView> {
    return this.getStocktake.execute(ref.stocktakeId);
  }

  @MessagePattern(S.countStocktake)
  count(@Payload(new ZodValidationPipe(countStocktakeCommandSchema)) command: CountStocktakeCommand, @Ctx() ctx: NatsContext): Promise<StocktakeView> {
    return this.countStocktake.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.postStocktake)
  post(@Payload(new ZodValidationPipe(stocktakeRefSchema)) ref: StocktakeRef, @Ctx() ctx: NatsContext): Promise<StocktakeView> {
    return this.postStocktake.execute(ref.stocktakeId, correlationIdOf(ctx));
  }
}
