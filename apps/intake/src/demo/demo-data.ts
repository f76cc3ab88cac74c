import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { ProductModel } from '../product-models/product-model.entity';

/** The catalogue the README's examples use; loaded only when DEMO_DATA=true and the catalogue is empty. */
export const DEMO_PRODUCT_MODELS: ProductModel[] = [
  { code: 'AC-3000', nameZh: '变频空调 3000', nameEn: 'Inverter air conditioner 3000', category: 'air_conditioner', warrantyMonths: 36, warrantyKm: null, returnDays: 7, exchangeDays: 15 },
  { code: 'WM-800', nameZh: '滚筒洗衣机 800', nameEn: 'Front-load washer 800', category: 'washing_machine', warrantyMonths: 12, warrantyKm: null, returnDays: 7, exchangeDays: 15 },
  { code: 'RF-520', nameZh: '对开门冰箱 520', nameEn: 'Side-by-side refrigerator 520', category: 'refrigerator', warrantyMonths: 36, warrantyKm: null, returnDays: 7, exchangeDays: 15 },
  { code: 'EV-S1', nameZh: '电动车 S1', nameEn: 'Electric vehicle S1', category: 'vehicle', warrantyMonths: 36, warrantyKm: 100_000, returnDays: 7, exchangeDays: 15 },
];

@Injectable()
export class DemoDataLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.DEMO_DATA.includes('catalogue')) return;
    const models = this.dataSource.getRepository(ProductModel);
    if ((await models.count()) > 0) return;
    await models.createQueryBuilder().insert().values(DEMO_PRODUCT_MODELS).orIgnore().execute();
    this.logger.log(`loaded ${DEMO_PRODUCT_MODELS.length} demo product models`);
  }
}
