// Event payloads of the inventory context: ids, codes, quantities and money in minor units. No names or free text.
import type { LocationKind, PartCategory } from './inventory.labels';
import type { UnitPrice } from './part.schemas';
import type { MovementView } from './inventory.types';
import { InventoryEventSubjects as E } from './inventory.subjects';

export interface PartRegisteredV1 {
  partCode: string;
  category: PartCategory;
  unitPrice: UnitPrice;
  serialTracked: boolean;
  substitutes: string[];
  registeredAt: string;
}

/** The recall process listens: the cases whose active reservations need the part. */
export interface PartDiscontinuedV1 {
  partCode: string;
  affectedCaseNos: string[];
  substitutes: string[];
  discontinuedAt: string;
}

export interface LocationRegisteredV1 {
  locationId: string;
  kind: LocationKind;
  outletId: string | null;
  technicianId: string | null;
  registeredAt: string;
}

/** One ledger movement: the movement as the ledger shows it, without its free-text reason. */
export type StockMovedV1 = Omit<MovementView, 'reason'>;

export interface ReservationMadeV1 {
  reservationId: string;
  caseNo: string;
  partCode: string;
  locationId: string;
  qty: number;
  reservedAt: string;
}

export interface ReservationReleasedV1 {
  reservationId: string;
  caseNo: string;
  partCode: string;
  locationId: string;
  qty: number;
  releasedAt: string;
}

export interface PartsConsumedV1 {
  consumptionId: string;
  caseNo: string;
  technicianId: string;
  vanLocationId: string;
  lines: { partCode: string; qty: number; serialNos: string[] }[];
  consumedAt: string;
}

export interface RequisitionRequestedV1 {
  requisitionId: string;
  technicianId: string;
  fromLocationId: string;
  caseNo: string | null;
  lines: { partCode: string; qty: number }[];
  requestedAt: string;
}

export interface RequisitionDecidedV1 {
  requisitionId: string;
  caseNo: string | null;
  decision: 'approved' | 'rejected';
  decidedAt: string;
}

export interface RequisitionIssuedV1 {
  requisitionId: string;
  caseNo: string | null;
  technicianId: string;
  vanLocationId: string;
  movementIds: string[];
  issuedAt: string;
}

export interface SupplierRegisteredV1 {
  supplierId: string;
  code: string;
  leadTimeDays: number;
  registeredAt: string;
}

export interface PurchaseOrderProposedV1 {
  purchaseOrderId: string;
  supplierId: string;
  partCode: string;
  qty: number;
  unitPrice: UnitPrice;
  autoProposed: boolean;
  proposedAt: string;
}

export interface PurchaseOrderPlacedV1 {
  purchaseOrderId: string;
  supplierId: string;
  partCode: string;
  qty: number;
  expectedBy: string;
  placedAt: string;
}

export interface PurchaseOrderReceivedV1 {
  purchaseOrderId: string;
  supplierId: string;
  partCode: string;
  qtyDelivered: number;
  qtyRejected: number;
  unitPrice: UnitPrice;
  onTime: boolean;
  receivedAt: string;
}

export interface StocktakeOpenedV1 {
  stocktakeId: string;
  locationId: string;
  lines: number;
  openedAt: string;
}

export interface StocktakeCountedV1 {
  stocktakeId: string;
  locationId: string;
  partCodes: string[];
  countedAt: string;
}

export interface StocktakePostedV1 {
  stocktakeId: string;
  locationId: string;
  variances: { partCode: string; variance: number }[];
  movementIds: string[];
  postedAt: string;
}

/** Payload of every inventory event, by subject. */
export interface InventoryEvents {
  [E.partRegistered]: PartRegisteredV1;
  [E.partDiscontinued]: PartDiscontinuedV1;
  [E.locationRegistered]: LocationRegisteredV1;
  [E.stockMoved]: StockMovedV1;
  [E.reservationMade]: ReservationMadeV1;
  [E.reservationReleased]: ReservationReleasedV1;
  [E.partsConsumed]: PartsConsumedV1;
  [E.requisitionRequested]: RequisitionRequestedV1;
  [E.requisitionDecided]: RequisitionDecidedV1;
  [E.requisitionIssued]: RequisitionIssuedV1;
  [E.supplierRegistered]: SupplierRegisteredV1;
  [E.purchaseOrderProposed]: PurchaseOrderProposedV1;
  [E.purchaseOrderPlaced]: PurchaseOrderPlacedV1;
  [E.purchaseOrderReceived]: PurchaseOrderReceivedV1;
  [E.stocktakeOpened]: StocktakeOpenedV1;
  [E.stocktakeCounted]: StocktakeCountedV1;
  [E.stocktakePosted]: StocktakePostedV1;
}
