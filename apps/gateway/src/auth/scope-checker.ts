import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DispatchCommandSubjects, DomainError, OutletCommandSubjects, uuidSchema, type Actor } from '@aftersales/contracts';
import { CommandClient, parseWith } from '@aftersales/messaging';
import { AuthErrors } from './auth.errors';
import type { ScopeRule } from './roles.decorator';

/**
 * Confines technicians to the work orders assigned to them and outlet managers to their outlet.
 * Outlet managers are identified by outlet code (OUT-HZ-01): dispatch, billing and quality key
 * outlets by code, so a route that names an outlet by the outlets service's UUID is resolved to the
 * outlet's code before the comparison. Path ids are validated before anything is looked up.
 */
@Injectable()
export class ScopeChecker {
  constructor(private readonly commands: CommandClient) {}

  async check(rule: ScopeRule, actor: Actor, req: Request): Promise<void> {
    if (actor.role === 'technician') return this.checkTechnician(rule, actor, req);
    if (actor.role === 'outlet_manager') return this.checkOutletManager(rule, actor, req);
  }

  private async checkTechnician(rule: ScopeRule, actor: Actor, req: Request): Promise<void> {
    const id = this.pathId(req, 'id');
    if (rule === 'technician') return this.require(id === actor.technicianId);
    if (rule !== 'work-order') return this.require(false);
    const workOrder = await this.commands.send(DispatchCommandSubjects.getWorkOrder, { workOrderId: id });
    const body = req.body as { technicianId?: unknown } | undefined;
    const claimed = body && typeof body === 'object' && 'technicianId' in body ? body.technicianId : undefined;
    this.require(workOrder.technicianId === actor.technicianId && (claimed === undefined || claimed === actor.technicianId));
  }

  private async checkOutletManager(rule: ScopeRule, actor: Actor, req: Request): Promise<void> {
    if (rule === 'outlet-code') return this.require(req.params.outletId === actor.outletId);
    if (rule === 'outlet-id') {
      const outlet = await this.commands.send(OutletCommandSubjects.getOutlet, { outletId: this.pathId(req, 'id') });
      return this.require(outlet.code === actor.outletId);
    }
    if (rule === 'technician') {
      const technician = await this.commands.send(DispatchCommandSubjects.getTechnician, { technicianId: this.pathId(req, 'id') });
      return this.require(technician.outletId === actor.outletId);
    }
    this.require(false);
  }

  private pathId(req: Request, name: string): string {
    return parseWith(uuidSchema, req.params[name], name);
  }

  private require(allowed: boolean): void {
    if (!allowed) throw new DomainError(AuthErrors.OUT_OF_SCOPE);
  }
}
