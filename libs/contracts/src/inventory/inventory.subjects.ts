// Wire names of the inventory context (库存). Renaming one is a migration: other teams subscribe to them.

/** Domain events: `aftersales.inventory.<entity>.<event>`. */
export const InventoryEventSubjects = {
  partRegistered: 'aftersales.inventory.part.registered',
  partDiscontinued: 'aftersales.inventory.part.discontinued',
  locationRegistered: 'aftersales.inventory.location.registered',
  stockMoved: 'aftersales.inventory.stock.moved',
  reservationMade: 'aftersales.inventory.reservation.made',
  reservationReleased: 'aftersales.inventory.reservation.released',
  partsConsumed: 'aftersales.inventory.consumption.recorded',
  requisitionRequested: 'aftersales.inventory.requisition.requested',
  requisitionDecided: 'aftersales.inventory.requisition.decided',
  requisitionIssued: 'aftersales.inventory.requisition.issued',
  supplierRegistered: 'aftersales.inventory.supplier.registered',
  purchaseOrderProposed: 'aftersales.inventory.purchase-order.proposed',
  purchaseOrderPlaced: 'aftersales.inventory.purchase-order.placed',
  purchaseOrderReceived: 'aftersales.inventory.purchase-order.received',
  stocktakeOpened: 'aftersales.inventory.stocktake.opened',
  stocktakeCounted: 'aftersales.inventory.stocktake.counted',
  stocktakePosted: 'aftersales.inventory.stocktake.posted',
} as const;

/** Commands (request/reply over core NATS): `cmd.inventory.<entity>.<verb>`. */
export const InventoryCommandSubjects = {
  registerPart: 'cmd.inventory.part.register',
  getPart: 'cmd.inventory.part.get',
  listParts: 'cmd.inventory.part.list',
  discontinuePart: 'cmd.inventory.part.discontinue',
  registerLocation: 'cmd.inventory.location.register',
  listLocations: 'cmd.inventory.location.list',
  listStock: 'cmd.inventory.stock.list',
  recordMovement: 'cmd.inventory.movement.record',
  listMovements: 'cmd.inventory.movement.list',
  reserveParts: 'cmd.inventory.reservation.reserve',
  releaseReservations: 'cmd.inventory.reservation.release',
  listReservations: 'cmd.inventory.reservation.list',
  consumeParts: 'cmd.inventory.consumption.consume',
  requestRequisition: 'cmd.inventory.requisition.request',
  getRequisition: 'cmd.inventory.requisition.get',
  decideRequisition: 'cmd.inventory.requisition.decide',
  issueRequisition: 'cmd.inventory.requisition.issue',
  registerSupplier: 'cmd.inventory.supplier.register',
  getSupplier: 'cmd.inventory.supplier.get',
  listSuppliers: 'cmd.inventory.supplier.list',
  createPurchaseOrder: 'cmd.inventory.purchase-order.create',
  listPurchaseOrders: 'cmd.inventory.purchase-order.list',
  placePurchaseOrder: 'cmd.inventory.purchase-order.place',
  receivePurchaseOrder: 'cmd.inventory.purchase-order.receive',
  openStocktake: 'cmd.inventory.stocktake.open',
  getStocktake: 'cmd.inventory.stocktake.get',
  countStocktake: 'cmd.inventory.stocktake.count',
  postStocktake: 'cmd.inventory.stocktake.post',
} as const;

export type InventoryEventSubject = (typeof InventoryEventSubjects)[keyof typeof InventoryEventSubjects];
export type InventoryCommandSubject = (typeof InventoryCommandSubjects)[keyof typeof InventoryCommandSubjects];
