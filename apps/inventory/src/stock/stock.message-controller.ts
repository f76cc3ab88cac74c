import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  consumePartsRequestSchema,
  InventoryCommandSubjects as S,
  listLocationsQuerySchema,
  listMovementsQuerySchema,
  listReservationsQuerySchema,
  listStockQuerySchema,
  recordMovementRequestSchema,
  registerLocationRequestSchema,
  releaseReservationsRequestSchema,
  reservePartsRequestSchema,
  type ConsumePartsRequest,
  type ConsumptionView,
  type ListLocationsQuery,
  type ListMovementsQuery,
  type ListReservationsQuery,
  type ListStockQuery,
  type LocationView,
  type MovementView,
  type RecordMovementRequest,
  type RegisterLocationRequest,
  type ReleaseReservationsRequest,
  type ReservationView,
  type ReservePartsRequest,
  type StockBalanceView,
} from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { ConsumePartsUseCase } from './use-cases/consume-parts/consume-parts.use-case';
import { QueryStockUseCase } from './use-cases/query-stock/query-stock.use-case';
import { RecordMovementUseCase } from './use-cases/record-movement/record-movement.use-case';
import { RegisterLocationUseCase } from './use-cases/register-location/register-location.use-case';
import { ReleaseReservationsUseCase } from './use-cases/release-reservations/release-reservations.use-case';
import { ReservePartsUseCase } from './use-cases/reserve-parts/reserve-parts.use-case';

/** NATS command handlers of locations, the ledger, reservations and on-site consumption. */
@CommandHandlers()
export class StockMessageController {
  constructor(
    private readonly registerLocation: RegisterLocationUseCase,
    private readonly queryStock: QueryStockUseCase,
    private readonly recordMovement: RecordMovementUseCase,
    private readonly reserveParts: ReservePartsUseCase,
    private readonly releaseReservations: ReleaseReservationsUseCase,
    private readonly consumeParts: ConsumePartsUseCase,
  ) {}

  @MessagePattern(S.registerLocation)
  location(@Payload(new ZodValidationPipe(registerLocationRequestSchema)) request: RegisterLocationRequest, @Ctx() ctx: NatsContext): Promise<LocationView> {
    return this.registerLocation.execute(request, correlationIdOf(ctx));
  }

  @MessagePattern(S.listLocations)
  locations(@Payload(new ZodValidationPipe(listLocationsQuerySchema)) query: ListLocationsQuery): Promise<LocationView[]> {
    return this.queryStock.locations(query);
  }

  @MessagePattern(S.listStock)
  stock(@Payload(new ZodValidationPipe(listStockQuerySchema)) query: ListStockQuery): Promise<StockBalanceView[]> {
    return this.queryStock.balances(query);
  }

  @MessagePattern(S.recordMovement)
  move(@Payload(new ZodValidationPipe(recordMovementRequestSchema)) request: RecordMovementRequest, @Ctx() ctx: NatsContext): Promise<MovementView> {
    return this.recordMovement.execute(request, correlationIdOf(ctx));
  }

  @MessagePattern(S.listMovements)
  movements(@Payload(new ZodValidationPipe(listMovementsQuerySchema)) query: ListMovementsQuery): Promise<MovementView[]> {
    return this.queryStock.movements(query);
  }

  @MessagePattern(S.reserveParts)
  reserve(@Payload(new ZodValidationPipe(reservePartsRequestSchema)) request: ReservePartsRequest, @Ctx() ctx: NatsContext): Promise<ReservationView> {
    return this.reserveParts.execute(request, correlationIdOf(ctx));
  }

  @MessagePattern(S.releaseReservations)
  release(@Payload(new ZodValidationPipe(releaseReservationsRequestSchema)) request: ReleaseReservationsRequest, @Ctx() ctx: NatsContext): Promise<ReservationView[]> {
    return this.releaseReservations.execute(request, correlationIdOf(ctx));
  }

  @MessagePattern(S.listReservations)
  reservations(@Payload(new ZodValidationPipe(listReservationsQuerySchema)) query: ListReservationsQuery): Promise<ReservationView[]> {
    return this.queryStock.reservations(query);
  }

  @MessagePattern(S.consumeParts)
  consume(@Payload(new ZodValidationPipe(consumePartsRequestSchema)) request: ConsumePartsRequest, @Ctx() ctx: NatsContext): Promise<ConsumptionView> {
    return this.consumeParts.execute(request, correlationIdOf(ctx));
  }
}
