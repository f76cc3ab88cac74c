import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import type { RegisterTechnicianRequest } from '@aftersales/contracts';
import { TechnicianRepository } from '../technicians/technician.repository';
import { RegisterTechnicianUseCase } from '../technicians/use-cases/register-technician/register-technician.use-case';

const city = (province: string, lat: number, lon: number, outletId: string) => ({ province, location: { lat, lon }, outletId });
const certified = (categories: string[], n: string) =>
  categories.map((category, i) => ({ category, certificateNo: `DEMO-${n}-${i}`, issuedOn: '2025-01-01', expiresOn: '2028-12-31' }));

/** Technicians near the demo addresses (city centres from the shared data), so demo cases are dispatched. */
const DEMO_TECHNICIANS: RegisterTechnicianRequest[] = [
  { employeeNo: 'DEMO-HZ-01', name: '王建国', phone: '13800000001', ...city('浙江省', 30.27, 120.16, 'OUT-HZ-01'), skills: ['air_conditioner', 'refrigerator', 'repair_onsite', 'installation', 'maintenance'], certifications: certified(['air_conditioner', 'refrigerator'], 'HZ01') as RegisterTechnicianRequest['certifications'], dailyCapacity: 6, workingHours: { start: '08:30', end: '17:30' }, status: 'active' },
  { employeeNo: 'DEMO-SH-01', name: '李明', phone: '13800000002', ...city('上海市', 31.23, 121.47, 'OUT-SH-01'), skills: ['air_conditioner', 'washing_machine', 'repair_onsite', 'maintenance'], certifications: certified(['air_conditioner', 'washing_machine'], 'SH01') as RegisterTechnicianRequest['certifications'], dailyCapacity: 6, workingHours: { start: '08:30', end: '17:30' }, status: 'active' },
  { employeeNo: 'DEMO-SZ-01', name: '陈志强', phone: '13800000003', ...city('广东省', 22.54, 114.06, 'OUT-SZ-01'), skills: ['washing_machine', 'refrigerator', 'repair_onsite', 'installation'], certifications: certified(['washing_machine', 'refrigerator'], 'SZ01') as RegisterTechnicianRequest['certifications'], dailyCapacity: 6, workingHours: { start: '08:30', end: '17:30' }, status: 'active' },
  { employeeNo: 'DEMO-BJ-01', name: '赵磊', phone: '13800000004', ...city('北京市', 39.9, 116.41, 'OUT-BJ-01'), skills: ['air_conditioner', 'washing_machine', 'refrigerator', 'repair_onsite'], certifications: certified(['air_conditioner', 'washing_machine', 'refrigerator'], 'BJ01') as RegisterTechnicianRequest['certifications'], dailyCapacity: 6, workingHours: { start: '08:30', end: '17:30' }, status: 'active' },
];

/** Loads the demo technicians through the use case (events included) when DEMO_DATA=true and none exist. */
@Injectable()
export class DemoTechniciansLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly technicians: TechnicianRepository,
    private readonly register: RegisterTechnicianUseCase,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.DEMO_DATA.includes('technicians')) return;
    if ((await this.technicians.list({ limit: 1, offset: 0 })).total > 0) return;
    for (const technician of DEMO_TECHNICIANS) await this.register.execute(technician);
    this.logger.log(`loaded ${DEMO_TECHNICIANS.length} demo technicians`);
  }
}
