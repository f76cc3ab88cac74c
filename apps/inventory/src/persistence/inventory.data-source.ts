import { outboxAuditIndexMigrations, type ServiceDataSourceSpec } from '@aftersales/persistence';
import { InitInventory1763900000000 } from '../migrations/1763900000000-init-inventory';
import { InventoryLedger1763920000000 } from '../migrations/1763920000000-inventory-ledger';
import { Part } from '../parts/part.entity';
import { PurchaseOrder } from '../purchasing/purchase-order.entity';
import { Supplier } from '../purchasing/supplier.entity';
import { Requisition } from '../requisitions/requisition.entity';
import { Consumption } from '../stock/consumption.entity';
import { Reservation } from '../stock/reservation.entity';
import { SerialUnit } from '../stock/serial-unit.entity';
import { StockBalance } from '../stock/stock-balance.entity';
import { StockLocation } from '../stock/stock-location.entity';
import { StockMovement } from '../stock/stock-movement.entity';
import { Stocktake, StocktakeLine } from '../stocktakes/stocktake.entity';

/** Shared by the app and the migration command. */
export const inventoryDataSource: ServiceDataSourceSpec = {
  schema: 'inventory',
  entities: [Part, StockLocation, StockBalance, StockMovement, SerialUnit, Reservation, Consumption, Requisition, Supplier, PurchaseOrder, Stocktake, StocktakeLine],
  migrations: [InitInventory1763900000000, InventoryLedger1763920000000, ...outboxAuditIndexMigrations('inventory')],
};
