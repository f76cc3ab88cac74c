import 'reflect-metadata';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { OPEN_ROUTE } from '@aftersales/observability';
import { GatewayModule } from '../gateway.module';
import { ROLES_KEY, SCOPE_KEY } from './roles.decorator';

type Handler = (...args: unknown[]) => unknown;

/** Every route of every controller the gateway registers, from Nest's own route metadata. */
function gatewayRoutes(): { route: string; handler: Handler; controller: object }[] {
  const controllers = (Reflect.getMetadata('controllers', GatewayModule) ?? []) as (new (...args: never[]) => object)[];
  return controllers.flatMap((controller) =>
    Object.getOwnPropertyNames(controller.prototype)
      .map((name) => ({ name, handler: (controller.prototype as Record<string, Handler>)[name] }))
      .filter(({ name, handler }) => name !== 'constructor' && typeof handler === 'function' && Reflect.hasMetadata(METHOD_METADATA, handler))
      .map(({ handler }) => ({
        route: `${Reflect.getMetadata(METHOD_METADATA, handler)} /${Reflect.getMetadata(PATH_METADATA, controller)}/${Reflect.getMetadata(PATH_METADATA, handler)}`,
        handler,
        controller,
      })),
  );
}

const declared = (key: string, handler: Handler, controller: object): unknown => Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);

describe('every gateway route declares who may call it', () => {
  const routes = gatewayRoutes();

  it('finds the routes of every registered controller', () => {
    expect(routes.length).toBeGreaterThan(100);
  });

  it('has roles or an explicit open declaration on every route, so a new route cannot slip through', () => {
    const undeclared = routes.filter(({ handler, controller }) => !declared(ROLES_KEY, handler, controller) && !declared(OPEN_ROUTE, handler, controller)).map((r) => r.route);
    expect(undeclared).toEqual([]);
  });

  it('opens only the public service-defect disclosure', () => {
    expect(routes.filter(({ handler, controller }) => declared(OPEN_ROUTE, handler, controller)).map((r) => r.route)).toEqual(['0 /api/v1/public/service-defects']);
  });

  it('confines technicians and outlet managers on every route with a path id that lets them in', () => {
    const unconfined = routes
      .filter(({ handler, controller }) => ((declared(ROLES_KEY, handler, controller) as string[] | undefined) ?? []).some((r) => r === 'technician' || r === 'outlet_manager'))
      // Catalogue keys (part codes, product models) belong to nobody; ids of records may belong to someone.
      .filter(({ route }) => /:(id|outletId|workOrderId|siteId)\b/.test(route))
      .filter(({ handler, controller }) => !declared(SCOPE_KEY, handler, controller))
      .map((r) => r.route);
    expect(unconfined).toEqual([]);
  });
});
