import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import type { RegisterPartRequest } from '@aftersales/contracts';
import { GetPartUseCase } from '../parts/use-cases/get-part/get-part.use-case';
import { RegisterPartUseCase } from '../parts/use-cases/register-part/register-part.use-case';
import { QueryStockUseCase } from '../stock/use-cases/query-stock/query-stock.use-case';
import { RecordMovementUseCase } from '../stock/use-cases/record-movement/record-movement.use-case';
import { RegisterLocationUseCase } from '../stock/use-cases/register-location/register-location.use-case';

const price = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });

/** Parts for the demo product models, with stock in the central warehouse. */
const DEMO_PARTS: { part: RegisterPartRequest; stock: number; serialPrefix?: string }[] = [
  { part: { partCode: 'AC-CMP-3000', name: { zh: '变频压缩机', en: 'Inverter compressor' }, category: 'compressor', unitPrice: price(128_000), serialTracked: true, reorderPoint: 2, reorderQty: 4 }, stock: 3, serialPrefix: 'CMP3K' },
  { part: { partCode: 'AC-CMP-3000B', name: { zh: '变频压缩机（兼容款）', en: 'Inverter compressor (compatible)' }, category: 'compressor', unitPrice: price(119_000), serialTracked: true }, stock: 1, serialPrefix: 'CMP3KB' },
  { part: { partCode: 'AC-PCB-3000', name: { zh: '室内机主控板', en: 'Indoor unit control board' }, category: 'electronics', unitPrice: price(45_000), reorderPoint: 3, reorderQty: 10 }, stock: 8 },
  { part: { partCode: 'WM-SEAL-800', name: { zh: '滚筒门封', en: 'Drum door seal' }, category: 'seal', unitPrice: price(8_500), reorderPoint: 5, reorderQty: 20 }, stock: 25 },
  { part: { partCode: 'RF-FAN-520', name: { zh: '冷藏室风扇电机', en: 'Fridge compartment fan motor' }, category: 'motor', unitPrice: price(12_000) }, stock: 6 },
];

/** Loads the demo parts and central stock through the use cases (events included) when DEMO_DATA names catalogue or parts. */
@Injectable()
export class DemoPartsLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly parts: GetPartUseCase,
    private readonly registerPart: RegisterPartUseCase,
    private readonly registerLocation: RegisterLocationUseCase,
    private readonly queryStock: QueryStockUseCase,
    private readonly recordMovement: RecordMovementUseCase,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.DEMO_DATA.includes('catalogue') && !this.env.DEMO_DATA.includes('parts')) return;
    if ((await this.parts.page({ limit: 1, offset: 0 })).total > 0) return;
    const central = (await this.queryStock.locations({ kind: 'central', limit: 1, offset: 0 }))[0] ?? (await this.registerLocation.execute({ kind: 'central' }));
    for (const { part, stock, serialPrefix } of DEMO_PARTS) {
      await this.registerPart.execute({ serialTracked: false, substitutes: [], reorderPoint: 0, reorderQty: 0, ...part });
      const serialNos = serialPrefix ? Array.from({ length: stock }, (_, i) => `${serialPrefix}-${String(i + 1).padStart(4, '0')}`) : undefined;
      await this.recordMovement.execute({ kind: 'receipt', partCode: part.partCode, qty: stock, toLocationId: central.locationId, serialNos, reason: 'demo opening stock' });
    }
    this.logger.log(`loaded ${DEMO_PARTS.length} demo parts with central stock`);
  }
}
