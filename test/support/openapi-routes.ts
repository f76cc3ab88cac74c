import { randomUUID } from 'node:crypto';
import type { Role } from '@aftersales/contracts';

export interface OpenApiOperation {
  'x-roles'?: Role[];
  'x-scope'?: string;
  'x-open'?: boolean;
  requestBody?: { content?: { 'application/json'?: { schema?: { properties?: Record<string, { type?: string }>; required?: string[] } } } };
}
export type OpenApiDocument = { paths: Record<string, Record<string, OpenApiOperation>> };

export interface Route {
  method: string;
  /** The path with its parameters filled with well-formed values of nothing that exists. */
  path: string;
  template: string;
  operation: OpenApiOperation;
}

/** Path parameters that pass their own validation, so what is judged is the caller or the body. */
export const PARAM_VALUES: Record<string, string> = {
  caseNo: 'CS-20261123-999999',
  customerId: randomUUID(),
  version: 'v-1',
  id: randomUUID(),
  workOrderId: randomUUID(),
  siteId: 'site-none',
  outletId: 'OUT-NONE-01',
  month: '2026-11',
  partCode: 'P-NONE-1',
  code: 'NONE-1',
  complaintNo: 'CP-20261123-999999',
  serial: 'SN-NONE-1',
};

/** Every operation of the gateway's OpenAPI document (which Nest builds from the registered routes). */
export async function gatewayRoutes(gatewayUrl: string): Promise<Route[]> {
  const doc = (await (await fetch(`${gatewayUrl}/api/docs-json`)).json()) as OpenApiDocument;
  return Object.entries(doc.paths).flatMap(([template, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({ method: method.toUpperCase(), template, operation, path: template.replace(/\{(\w+)\}/g, (_m, name: string) => PARAM_VALUES[name] ?? 'x1') })),
  );
}
