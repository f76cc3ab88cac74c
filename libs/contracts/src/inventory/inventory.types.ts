// Replies of the inventory commands.
import type {
  LocationKind,
  MovementKind,
  PartCategory,
  PurchaseOrderStatus,
  RequisitionStatus,
  ReservationStatus,
  StockAlternativeKind,
  StocktakeStatus,
} from './inventory.labels';
import type { UnitPrice } from './part.schemas';

export interface PartView {
  partCode: string;
  name: { zh: string; en: string };
  category: PartCategory;
  unitPrice: UnitPrice;
  serialTracked: boolean;
  substitutes: string[];
  discontinued: boolean;
  discontinuedAt: string | null;
  reorderPoint: number;
  reorderQty: number;
  preferredSupplierId: string | null;
}

export interface PartPage {
  items: PartView[];
  total: number;
  limit: number;
  offset: number;
}

export interface LocationView {
  locationId: string;
  kind: LocationKind;
  outletId: string | null;
  technicianId: string | null;
}

/** On hand and reserved at one location; available = onHand - reserved. */
export interface StockBalanceView {
  locationId: string;
  partCode: string;
  onHand: number;
  reserved: number;
  available: number;
  /** Serial numbers of the units here, for serial-tracked parts. */
  serialNos: string[];
}

export interface MovementView {
  movementId: string;
  kind: MovementKind;
  partCode: string;
  qty: number;
  fromLocationId: string | null;
  toLocationId: string | null;
  serialNos: string[];
  caseNo: string | null;
  reference: string | null;
  reason: string | null;
  recordedAt: string;
}

export interface ReservationView {
  reservationId: string;
  caseNo: string;
  partCode: string;
  locationId: string;
  qty: number;
  status: ReservationStatus;
  reservedAt: string;
}

/** One offer made when a reservation is refused for lack of stock (in the error's details, under `meta`). */
export interface StockAlternative {
  kind: StockAlternativeKind;
  partCode: string;
  /** Where the substitute or transfer comes from. */
  locationId?: string;
  available?: number;
  supplierId?: string;
  leadTimeDays?: number;
}

export interface ConsumptionView {
  consumptionId: string;
  idempotencyKey: string;
  caseNo: string;
  technicianId: string;
  vanLocationId: string;
  lines: { partCode: string; qty: number; serialNos: string[] }[];
  movementIds: string[];
  recordedAt: string;
}

export interface RequisitionView {
  requisitionId: string;
  technicianId: string;
  fromLocationId: string;
  caseNo: string | null;
  lines: { partCode: string; qty: number }[];
  status: RequisitionStatus;
  requestedBy: string;
  decidedBy: string | null;
  decisionReason: string | null;
  decidedAt: string | null;
  issuedAt: string | null;
  movementIds: string[];
  createdAt: string;
}

/** How a supplier delivers, from its deliveries; rates in basis points (1/100 %), integers only. */
export interface SupplierEvaluation {
  deliveries: number;
  onTimeBp: number;
  rejectBp: number;
  /** Invoiced over agreed price, minus 1: positive when dearer than agreed. */
  priceVarianceBp: number;
  /** 0 to 100: 40 on time, 40 quality, 20 price. */
  score: number;
}

export interface SupplierView {
  supplierId: string;
  code: string;
  name: string;
  leadTimeDays: number;
  evaluation: SupplierEvaluation;
}

export interface PurchaseOrderView {
  purchaseOrderId: string;
  supplierId: string;
  partCode: string;
  qty: number;
  unitPrice: UnitPrice;
  toLocationId: string;
  status: PurchaseOrderStatus;
  autoProposed: boolean;
  expectedBy: string | null;
  delivery: { qtyDelivered: number; qtyRejected: number; unitPrice: UnitPrice; receivedAt: string; onTime: boolean } | null;
  createdAt: string;
}

export interface StocktakeLineView {
  partCode: string;
  /** On hand in the books when the sheet was opened. */
  expected: number;
  counted: number | null;
  /** counted - expected, once counted. */
  variance: number | null;
  missingSerialNos: string[];
  foundSerialNos: string[];
}

export interface StocktakeView {
  stocktakeId: string;
  locationId: string;
  status: StocktakeStatus;
  lines: StocktakeLineView[];
  openedAt: string;
  postedAt: string | null;
  movementIds: string[];
}
