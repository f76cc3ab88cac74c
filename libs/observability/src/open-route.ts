import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

/** Metadata key of routes anyone may call without credentials (health, metrics). */
export const OPEN_ROUTE = 'aftersales:open-route';

/**
 * Marks a controller or handler as open to unauthenticated callers. The gateway's guard denies every
 * route that declares neither this nor its roles, so an open route is always a visible decision.
 */
export const OpenRoute = (): ClassDecorator & MethodDecorator => applyDecorators(SetMetadata(OPEN_ROUTE, true), ApiExtension('x-open', true));
