import { runApp, serviceModule } from '@aftersales/runtime';
import { DemoPartsLoader } from './demo/demo-parts';
import { PartsModule } from './parts/parts.module';
import { inventoryDataSource } from './persistence/inventory.data-source';
import { PurchasingModule } from './purchasing/purchasing.module';
import { RequisitionsModule } from './requisitions/requisitions.module';
import { StockModule } from './stock/stock.module';
import { StocktakesModule } from './stocktakes/stocktakes.module';

runApp({
  app: 'inventory',
  module: serviceModule('inventory', inventoryDataSource, {
    imports: [PartsModule, StockModule, RequisitionsModule, PurchasingModule, StocktakesModule],
    providers: [DemoPartsLoader],
  }),
  commands: true,
});
