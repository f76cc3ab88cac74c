import type { DiscontinuePartCommand, ListPartsQuery, PartRef, RegisterPartRequest } from './part.schemas';
import type {
  ConsumePartsRequest,
  DecideRequisitionCommand,
  IssueRequisitionCommand,
  ListLocationsQuery,
  ListMovementsQuery,
  ListReservationsQuery,
  ListStockQuery,
  RecordMovementRequest,
  RegisterLocationRequest,
  ReleaseReservationsRequest,
  RequestRequisitionRequest,
  RequisitionRef,
  ReservePartsRequest,
} from './stock.schemas';
import type {
  CreatePurchaseOrderRequest,
  ListPurchaseOrdersQuery,
  ListSuppliersQuery,
  PlacePurchaseOrderCommand,
  ReceivePurchaseOrderCommand,
  RegisterSupplierRequest,
  SupplierRef,
} from './purchasing.schemas';
import type { CountStocktakeCommand, OpenStocktakeRequest, StocktakeRef } from './stocktake.schemas';
import type {
  ConsumptionView,
  LocationView,
  MovementView,
  PartPage,
  PartView,
  PurchaseOrderView,
  RequisitionView,
  ReservationView,
  StockBalanceView,
  StocktakeView,
  SupplierView,
} from './inventory.types';
import { InventoryCommandSubjects as S } from './inventory.subjects';

/** Request and reply of every inventory command, by subject. */
export interface InventoryCommands {
  [S.registerPart]: { request: RegisterPartRequest; reply: PartView };
  [S.getPart]: { request: PartRef; reply: PartView };
  [S.listParts]: { request: Partial<ListPartsQuery>; reply: PartPage };
  /** Publishes `aftersales.inventory.part.discontinued` with the cases holding active reservations. */
  [S.discontinuePart]: { request: DiscontinuePartCommand; reply: PartView };
  [S.registerLocation]: { request: RegisterLocationRequest; reply: LocationView };
  [S.listLocations]: { request: ListLocationsQuery; reply: LocationView[] };
  [S.listStock]: { request: ListStockQuery; reply: StockBalanceView[] };
  [S.recordMovement]: { request: RecordMovementRequest; reply: MovementView };
  [S.listMovements]: { request: Partial<ListMovementsQuery>; reply: MovementView[] };
  /** Idempotent per case and part; refused with INVENTORY.INSUFFICIENT_STOCK whose details offer alternatives. */
  [S.reserveParts]: { request: ReservePartsRequest; reply: ReservationView };
  /** Idempotent: releasing what is released changes nothing. Replies with the reservations released now. */
  [S.releaseReservations]: { request: ReleaseReservationsRequest; reply: ReservationView[] };
  [S.listReservations]: { request: ListReservationsQuery; reply: ReservationView[] };
  /** Parts used on site, from the technician's van, all or nothing; idempotent by key. */
  [S.consumeParts]: { request: ConsumePartsRequest; reply: ConsumptionView };
  [S.requestRequisition]: { request: RequestRequisitionRequest; reply: RequisitionView };
  [S.getRequisition]: { request: RequisitionRef; reply: RequisitionView };
  [S.decideRequisition]: { request: DecideRequisitionCommand; reply: RequisitionView };
  [S.issueRequisition]: { request: IssueRequisitionCommand; reply: RequisitionView };
  [S.registerSupplier]: { request: RegisterSupplierRequest; reply: SupplierView };
  [S.getSupplier]: { request: SupplierRef; reply: SupplierView };
  [S.listSuppliers]: { request: ListSuppliersQuery; reply: SupplierView[] };
  [S.createPurchaseOrder]: { request: CreatePurchaseOrderRequest; reply: PurchaseOrderView };
  [S.listPurchaseOrders]: { request: ListPurchaseOrdersQuery; reply: PurchaseOrderView[] };
  [S.placePurchaseOrder]: { request: PlacePurchaseOrderCommand; reply: PurchaseOrderView };
  [S.receivePurchaseOrder]: { request: ReceivePurchaseOrderCommand; reply: PurchaseOrderView };
  [S.openStocktake]: { request: OpenStocktakeRequest; reply: StocktakeView };
  [S.getStocktake]: { request: StocktakeRef; reply: StocktakeView };
  [S.countStocktake]: { request: CountStocktakeCommand; reply: StocktakeView };
  [S.postStocktake]: { request: StocktakeRef; reply: StocktakeView };
}
