import { jetstreamManager } from '@nats-io/jetstream';
import {
  EVENT_STREAM,
  type CreateWorkOrderRequest,
  type EventEnvelope,
  type RegisterTechnicianRequest,
  type TechnicianView,
  type WorkOrderView,
} from '@aftersales/contracts';
import type { ApiResponse, TestCluster } from './test-cluster';

/** The dispatch routes of the gateway, for specs; failures of set-up calls fail loudly with the body. */
export class DispatchApi {
  private readonly registered: string[] = [];

  constructor(private readonly cluster: TestCluster) {}

  async registerTechnician(request: RegisterTechnicianRequest): Promise<TechnicianView> {
    const technician = this.expectStatus(await this.cluster.api<TechnicianView>('/api/v1/technicians', { body: request }), 201);
    this.registered.push(technician.id);
    return technician;
  }

  /** Suspends the technicians this spec registered, so later specs' cases are never assigned to them. */
  async retireTechnicians(): Promise<void> {
    for (const id of this.registered.splice(0)) {
      await this.cluster.api(`/api/v1/technicians/${id}/status`, { method: 'PUT', body: { status: 'suspended' } });
    }
  }

  async createWorkOrder(request: CreateWorkOrderRequest): Promise<WorkOrderView> {
    return this.expectStatus(await this.cluster.api<WorkOrderView>('/api/v1/work-orders', { body: request }), 201);
  }

  /** POST to a work-order action, e.g. `act(id, 'assign')`; the response is returned as it is. */
  act(workOrderId: string, action: string, body: unknown = {}): Promise<ApiResponse<WorkOrderView>> {
    return this.cluster.api<WorkOrderView>(`/api/v1/work-orders/${workOrderId}/${action}`, { body });
  }

  async actOk(workOrderId: string, action: string, body: unknown = {}): Promise<WorkOrderView> {
    const res = await this.act(workOrderId, action, body);
    return this.expectStatus(res, action === 'loaners' ? 201 : 200);
  }

  async workOrder(workOrderId: string): Promise<WorkOrderView> {
    return this.expectStatus(await this.cluster.api<WorkOrderView>(`/api/v1/work-orders/${workOrderId}`), 200);
  }

  /** Every dispatch event in the stream, read message by message (works on nats-server 2.9). */
  async events(): Promise<{ subject: string; envelope: EventEnvelope<Record<string, unknown>> }[]> {
    const jsm = await jetstreamManager(this.cluster.nats);
    const { state } = await jsm.streams.info(EVENT_STREAM);
    const found: { subject: string; envelope: EventEnvelope<Record<string, unknown>> }[] = [];
    for (let seq = state.first_seq; seq <= state.last_seq; seq++) {
      const msg = await jsm.streams.getMessage(EVENT_STREAM, { seq }).catch(() => null);
      if (msg?.subject.startsWith('aftersales.dispatch.')) found.push({ subject: msg.subject, envelope: msg.json() });
    }
    return found;
  }

  private expectStatus<T>(res: ApiResponse<T>, status: number): T {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }
}
