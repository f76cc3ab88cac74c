import { ESTABLISHMENT_PATHS, type OutletKind, type OutletView, type RegisterOutletRequest } from '@aftersales/contracts';
import { expectEventually } from './expect-eventually';
import { streamEvents, type StreamEvent } from './stream-events';
import type { ApiResponse, TestCluster } from './test-cluster';

/** City centres from /work/shared/data/cities.csv, away from the demo outlets (Hangzhou, Ningbo, Shanghai, Shenzhen, Beijing). */
export const OUTLET_CITIES = {
  wuxi: { city: '无锡', province: '江苏省', lat: 31.49, lon: 120.31 },
  suzhou: { city: '苏州', province: '江苏省', lat: 31.3, lon: 120.58 },
  kunshan: { city: '昆山', province: '江苏省', lat: 31.38, lon: 120.98 },
  lhasa: { city: '拉萨', province: '西藏自治区', lat: 29.65, lon: 91.14 },
  urumqi: { city: '乌鲁木齐', province: '新疆维吾尔自治区', lat: 43.83, lon: 87.62 },
  xining: { city: '西宁', province: '青海省', lat: 36.62, lon: 101.78 },
} as const;
export type OutletCity = keyof typeof OUTLET_CITIES;

let sequence = Math.floor(Math.random() * 90_000);

/** A proposed outlet in a city, covering a radius around it. */
export function newOutlet(city: OutletCity, kind: OutletKind, radiusKm = 100): RegisterOutletRequest {
  const { city: name, province, lat, lon } = OUTLET_CITIES[city];
  const n = (sequence += 1);
  return {
    code: `T-${city.toUpperCase()}-${n}`,
    kind,
    name: { zh: `${name}测试网点${n}`, en: `${city} test outlet ${n}` },
    address: `${name}市人民路 ${n} 号`,
    city: name,
    province,
    location: { lat, lon },
    coverage: { radiusKm },
    dailyCapacity: 10,
  };
}

/** The outlet routes of the gateway, for specs; set-up calls fail loudly with the body. */
export class OutletsApi {
  constructor(private readonly cluster: TestCluster) {}

  expectStatus<T>(res: ApiResponse<T>, status: number): T {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async register(request: RegisterOutletRequest): Promise<OutletView> {
    return this.expectStatus(await this.cluster.api<OutletView>('/api/v1/outlets', { body: request }), 201);
  }

  async outlet(outletId: string): Promise<OutletView> {
    return this.expectStatus(await this.cluster.api<OutletView>(`/api/v1/outlets/${outletId}`), 200);
  }

  /** Records an establishment step through the workflow, as given; the response is returned as it is. */
  step(outletId: string, step: string, role: string): Promise<ApiResponse> {
    return this.cluster.api(`/api/v1/outlets/${outletId}/establishment/steps`, { body: { step, actor: { id: `${role}-1`, role } } });
  }

  /** Registers an outlet and takes it through its whole establishment path to open. */
  async open(request: RegisterOutletRequest): Promise<OutletView> {
    const outlet = await this.register(request);
    await expectEventually(async () => this.expectStatus(await this.cluster.api(`/api/v1/outlets/${outlet.id}/establishment`), 200));
    for (const { step, role } of ESTABLISHMENT_PATHS[outlet.kind]) this.expectStatus(await this.step(outlet.id, step, role), 200);
    const opened = await this.outlet(outlet.id);
    if (opened.status !== 'open') throw new Error(`outlet ${outlet.id} is ${opened.status}`);
    return opened;
  }

  /** Every outlets event in the stream. */
  events(): Promise<StreamEvent[]> {
    return streamEvents(this.cluster.nats, 'aftersales.outlets.');
  }

  async eventsOf(subject: string, match: (data: Record<string, unknown>) => boolean): Promise<Record<string, unknown>[]> {
    return (await this.events()).filter((e) => e.subject === subject && match(e.envelope.data)).map((e) => e.envelope.data);
  }
}
