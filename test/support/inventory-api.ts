import { jetstreamManager } from '@nats-io/jetstream';
import { EVENT_STREAM, type EventEnvelope, type LocationView, type MovementView, type PartView, type RegisterPartRequest, type StockBalanceView } from '@aftersales/contracts';
import type { ApiResponse, TestCluster } from './test-cluster';

let counter = 0;
/** A part code of its own, so scenarios never share stock. */
export const newPartCode = (prefix: string): string => `${prefix}-${Date.now() % 1_000_000}-${++counter}`;

export const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });

export function newPart(prefix: string, overrides: Partial<RegisterPartRequest> = {}): RegisterPartRequest {
  return { partCode: newPartCode(prefix), name: { zh: '测试配件', en: 'Test part' }, category: 'other', unitPrice: cny(10_000), ...overrides };
}

/** The inventory routes of the gateway, for specs; failing set-up calls fail loudly with the body. */
export class InventoryApi {
  constructor(private readonly cluster: TestCluster) {}

  async registerPart(request: RegisterPartRequest): Promise<PartView> {
    return this.ok(await this.cluster.api<PartView>('/api/v1/parts', { body: request }), 201);
  }

  /** The central warehouse, registered on first need. */
  async central(): Promise<LocationView> {
    const existing = (await this.cluster.api<LocationView[]>('/api/v1/locations?kind=central')).body[0];
    return existing ?? this.ok(await this.cluster.api<LocationView>('/api/v1/locations', { body: { kind: 'central' } }), 201);
  }

  async outlet(outletId: string): Promise<LocationView> {
    return this.ok(await this.cluster.api<LocationView>('/api/v1/locations', { body: { kind: 'outlet', outletId } }), 201);
  }

  /** The technician's van, registered on first need. */
  async van(technicianId: string): Promise<LocationView> {
    const existing = (await this.cluster.api<LocationView[]>(`/api/v1/locations?technicianId=${technicianId}`)).body[0];
    return existing ?? this.ok(await this.cluster.api<LocationView>('/api/v1/locations', { body: { kind: 'van', technicianId } }), 201);
  }

  async receive(partCode: string, qty: number, toLocationId: string, serialNos?: string[]): Promise<MovementView> {
    return this.ok(await this.move({ kind: 'receipt', partCode, qty, toLocationId, serialNos }), 201);
  }

  move(body: Record<string, unknown>): Promise<ApiResponse<MovementView>> {
    return this.cluster.api<MovementView>('/api/v1/movements', { body });
  }

  /** Puts parts straight into a technician's van (registering unknown parts), as if issued earlier. */
  async stockVan(technicianId: string, lines: { partCode: string; qty: number }[]): Promise<LocationView> {
    const van = await this.van(technicianId);
    for (const { partCode, qty } of lines) {
      if ((await this.cluster.api(`/api/v1/parts/${partCode}`)).status === 404) await this.registerPart(newPart('X', { partCode }));
      await this.receive(partCode, qty, van.locationId);
    }
    return van;
  }

  async balance(locationId: string, partCode: string): Promise<StockBalanceView> {
    const rows = this.ok(await this.cluster.api<StockBalanceView[]>(`/api/v1/stock?locationId=${locationId}&partCode=${partCode}`), 200);
    return rows[0] ?? { locationId, partCode, onHand: 0, reserved: 0, available: 0, serialNos: [] };
  }

  /** Every inventory event in the stream with this subject, read message by message. */
  async events(subject: string): Promise<EventEnvelope<Record<string, unknown>>[]> {
    const jsm = await jetstreamManager(this.cluster.nats);
    const { state } = await jsm.streams.info(EVENT_STREAM);
    const found: EventEnvelope<Record<string, unknown>>[] = [];
    for (let seq = state.first_seq; seq <= state.last_seq; seq++) {
      const msg = await jsm.streams.getMessage(EVENT_STREAM, { seq }).catch(() => null);
      if (msg?.subject === subject) found.push(msg.json());
    }
    return found;
  }

  ok<T>(res: ApiResponse<T>, status: number): T {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }
}
