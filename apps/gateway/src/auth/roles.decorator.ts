import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Role } from '@aftersales/contracts';

export const ROLES_KEY = 'aftersales:roles';
export const SCOPE_KEY = 'aftersales:scope';

/**
 * Who may call a route (or every route of a controller, unless a handler declares its own). The
 * administrator may call every declared route. A route without a declaration is denied (403) and
 * fails the route-declaration spec.
 */
export const Allow = (...roles: Role[]): MethodDecorator =>
  // The OpenAPI document shows who may call each operation (and the route-table spec reads it there).
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension('x-roles', ['administrator', ...roles]));

/** Configuration of the whole cluster (policies, calendars, catalogue, outlet network): administrators only. */
export const AdminOnly = (): MethodDecorator => Allow();

/** Every role of the staff who work cases (not integration clients). */
export const STAFF: Role[] = ['customer_service', 'dispatcher', 'technician', 'warehouse_clerk', 'finance', 'quality_officer', 'outlet_manager'];

/**
 * How a technician or an outlet manager is confined on a route:
 * - `work-order`: path `:id` is a work order; a technician must be the one assigned, and a
 *   `technicianId` in the body must be their own;
 * - `technician`: path `:id` is a technician; a technician may only see themself, an outlet manager
 *   only the technicians of their outlet;
 * - `outlet-code`: path `:outletId` is an outlet code (OUT-HZ-01), which must be the manager's;
 * - `outlet-id`: path `:id` is an outlets-service UUID; the outlet's code must be the manager's.
 */
export type ScopeRule = 'work-order' | 'technician' | 'outlet-code' | 'outlet-id';
export const Scoped = (rule: ScopeRule): MethodDecorator => applyDecorators(SetMetadata(SCOPE_KEY, rule), ApiExtension('x-scope', rule));
