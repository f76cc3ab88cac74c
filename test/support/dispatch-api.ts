import {
  type CreateWorkOrderRequest,
  type RegisterTechnicianRequest,
  type TechnicianView,
  type WorkOrderView,
} from '@aftersales/contracts';
import { streamEvents, type StreamEvent } from './stream-events';
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

  /**
   * Confirms the visit at noon of the work order's service day (Asia/Shanghai), whatever the time now: an
   * arrival a minute or an hour from now falls on the next day late in the evening there, and is refused.
   * Returns the arrival booked.
   */
  async confirmAppointmentAtNoon(workOrderId: string): Promise<string> {
    const { serviceDate } = await this.workOrder(workOrderId);
    const arrival = new Date(`${serviceDate}T12:00:00+08:00`).toISOString();
    await this.actOk(workOrderId, 'appointment', { expectedArrivalAt: arrival, confirmedWithCustomer: true, channel: 'phone' });
    return arrival;
  }

  /** The technician's visit in one go: the appointment, check-in, a passed repair record, the customer's sign-off. */
  async repairOnSite(workOrderId: string, technicianId: string | null | undefined, signedBy: string): Promise<void> {
    await this.confirmAppointmentAtNoon(workOrderId);
    await this.actOk(workOrderId, 'check-in', { technicianId });
    await this.actOk(workOrderId, 'record', {
      diagnosis: '主控板损坏',
      repairPlan: '更换主控板',
      customerConsent: { given: true, at: new Date().toISOString() },
      testResult: { outcome: 'passed', note: '运行正常' },
      latentProblems: [],
    });
    await this.actOk(workOrderId, 'sign-off', { signedBy });
  }

  async workOrder(workOrderId: string): Promise<WorkOrderView> {
    return this.expectStatus(await this.cluster.api<WorkOrderView>(`/api/v1/work-orders/${workOrderId}`), 200);
  }

  /** Every dispatch event in the stream. */
  events(): Promise<StreamEvent[]> {
    return streamEvents(this.cluster.nats, 'aftersales.dispatch.');
  }

  private expectStatus<T>(res: ApiResponse<T>, status: number): T {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }
}
