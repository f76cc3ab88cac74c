// Inventory codes with the labels people read, in Chinese and English.
import type { Label } from '../labels';

export const PART_CATEGORIES = {
  compressor: { en: 'Compressor', zh: '压缩机' },
  electronics: { en: 'Electronics and control boards', zh: '电控板' },
  seal: { en: 'Seals and gaskets', zh: '密封件' },
  motor: { en: 'Motors and fans', zh: '电机风扇' },
  refrigerant: { en: 'Refrigerant', zh: '冷媒' },
  other: { en: 'Other', zh: '其他' },
} as const satisfies Record<string, Label>;

export const LOCATION_KINDS = {
  central: { en: 'Central warehouse', zh: '中心仓库' },
  outlet: { en: 'Outlet stock', zh: '网点库存' },
  van: { en: "Technician's van", zh: '技术员随车库存' },
} as const satisfies Record<string, Label>;

export const MOVEMENT_KINDS = {
  receipt: { en: 'Receipt', zh: '入库' },
  issue: { en: 'Issue to a technician', zh: '领用出库' },
  transfer: { en: 'Transfer', zh: '调拨' },
  return: { en: 'Return of unused parts', zh: '退库' },
  adjustment: { en: 'Adjustment', zh: '调整' },
  stocktake_variance: { en: 'Stocktake variance', zh: '盘点差异' },
  consumption: { en: 'Used on site', zh: '现场耗用' },
} as const satisfies Record<string, Label>;

/** The movements a person records directly; issues, consumption and variances come from their own processes. */
export const MANUAL_MOVEMENT_KINDS = {
  receipt: MOVEMENT_KINDS.receipt,
  transfer: MOVEMENT_KINDS.transfer,
  return: MOVEMENT_KINDS.return,
  adjustment: MOVEMENT_KINDS.adjustment,
} as const satisfies Record<string, Label>;

export const RESERVATION_STATUSES = {
  active: { en: 'Reserved', zh: '已预留' },
  issued: { en: 'Issued to the technician', zh: '已领用' },
  released: { en: 'Released', zh: '已释放' },
} as const satisfies Record<string, Label>;

export const REQUISITION_STATUSES = {
  requested: { en: 'Awaiting approval', zh: '待审批' },
  approved: { en: 'Approved', zh: '已批准' },
  rejected: { en: 'Rejected', zh: '已驳回' },
  issued: { en: 'Issued', zh: '已发料' },
} as const satisfies Record<string, Label>;

export const PURCHASE_ORDER_STATUSES = {
  proposed: { en: 'Proposed', zh: '建议采购' },
  ordered: { en: 'Ordered', zh: '已下单' },
  received: { en: 'Received', zh: '已到货' },
} as const satisfies Record<string, Label>;

export const STOCKTAKE_STATUSES = {
  open: { en: 'Counting', zh: '盘点中' },
  posted: { en: 'Variances posted', zh: '差异已过账' },
} as const satisfies Record<string, Label>;

/** What a refused reservation offers instead (缺件处理). */
export const STOCK_ALTERNATIVE_KINDS = {
  substitute: { en: 'A compatible substitute in stock', zh: '库存中的兼容替代件' },
  transfer: { en: 'A transfer from another location', zh: '从其他库位调拨' },
  purchase: { en: 'A purchase', zh: '采购' },
} as const satisfies Record<string, Label>;

export type PartCategory = keyof typeof PART_CATEGORIES;
export type LocationKind = keyof typeof LOCATION_KINDS;
export type MovementKind = keyof typeof MOVEMENT_KINDS;
export type ManualMovementKind = keyof typeof MANUAL_MOVEMENT_KINDS;
export type ReservationStatus = keyof typeof RESERVATION_STATUSES;
export type RequisitionStatus = keyof typeof REQUISITION_STATUSES;
export type PurchaseOrderStatus = keyof typeof PURCHASE_ORDER_STATUSES;
export type StocktakeStatus = keyof typeof STOCKTAKE_STATUSES;
export type StockAlternativeKind = keyof typeof STOCK_ALTERNATIVE_KINDS;
