import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { ESTABLISHMENT_PATHS, type RegisterOutletRequest } from '@aftersales/contracts';
import { OutletRepository } from '../outlets/outlet.repository';
import { RecordEstablishmentStepUseCase } from '../outlets/use-cases/record-establishment-step/record-establishment-step.use-case';
import { RegisterOutletUseCase } from '../outlets/use-cases/register-outlet/register-outlet.use-case';

/** Open outlets in a few cities (centres from /work/shared/data/cities.csv), near the demo technicians. */
const DEMO_OUTLETS: RegisterOutletRequest[] = [
  { code: 'OUT-HZ-01', kind: 'self_run', name: { zh: '杭州服务中心', en: 'Hangzhou Service Centre' }, address: '杭州市西湖区文三路 1 号', city: '杭州', province: '浙江省', location: { lat: 30.27, lon: 120.16 }, coverage: { radiusKm: 80 }, dailyCapacity: 40 },
  { code: 'OUT-NB-01', kind: 'outsourced', name: { zh: '宁波外委服务站', en: 'Ningbo Partner Station' }, address: '宁波市鄞州区中山路 8 号', city: '宁波', province: '浙江省', location: { lat: 29.87, lon: 121.54 }, coverage: { regions: ['浙江省'] }, dailyCapacity: 20 },
  { code: 'OUT-SH-01', kind: 'self_run', name: { zh: '上海服务中心', en: 'Shanghai Service Centre' }, address: '上海市徐汇区漕溪北路 2 号', city: '上海', province: '上海市', location: { lat: 31.23, lon: 121.47 }, coverage: { radiusKm: 60 }, dailyCapacity: 50 },
  { code: 'OUT-SZ-01', kind: 'outsourced', name: { zh: '深圳外委服务站', en: 'Shenzhen Partner Station' }, address: '深圳市福田区深南大道 6 号', city: '深圳', province: '广东省', location: { lat: 22.54, lon: 114.06 }, coverage: { radiusKm: 100 }, dailyCapacity: 30 },
  { code: 'OUT-BJ-01', kind: 'self_run', name: { zh: '北京服务中心', en: 'Beijing Service Centre' }, address: '北京市海淀区中关村大街 3 号', city: '北京', province: '北京市', location: { lat: 39.9, lon: 116.41 }, coverage: { radiusKm: 80 }, dailyCapacity: 50 },
];

/**
 * Loads the demo outlets through the use cases (events included) when DEMO_DATA includes `outlets` or
 * `catalogue` and none exist: each is registered, then taken through its establishment path to open.
 */
@Injectable()
export class DemoOutletsLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly outlets: OutletRepository,
    private readonly register: RegisterOutletUseCase,
    private readonly recordStep: RecordEstablishmentStepUseCase,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.DEMO_DATA.includes('outlets') && !this.env.DEMO_DATA.includes('catalogue')) return;
    if ((await this.outlets.list({ limit: 1, offset: 0 })).total > 0) return;
    for (const request of DEMO_OUTLETS) {
      const outlet = await this.register.execute(request);
      for (const [i, { step, role }] of ESTABLISHMENT_PATHS[outlet.kind].entries()) {
        await this.recordStep.execute({ outletId: outlet.id, step, actor: { id: 'demo-data', role }, sequence: i + 1 });
      }
    }
    this.logger.log(`loaded ${DEMO_OUTLETS.length} demo outlets`);
  }
}
