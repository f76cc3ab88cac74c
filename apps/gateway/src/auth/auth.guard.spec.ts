import { Controller, Get, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { withCorrelationId } from '@aftersales/observability';
import { loadEnvironment } from '@aftersales/config';
import { AuthGuard } from './auth.guard';
import { signToken } from './jwt';
import { Allow } from './roles.decorator';
import type { ScopeChecker } from './scope-checker';

const SECRET = 'a-signing-key-of-at-least-thirty-two-chars';

@Controller('probe')
class ProbeController {
  @Get('declared')
  @Allow('dispatcher')
  declared(): void {}

  @Get('forgotten')
  forgotten(): void {}
}

function contextFor(handler: (...args: never[]) => unknown, authorization?: string): ExecutionContext {
  const req = { header: (name: string) => (name === 'authorization' ? authorization : undefined), ip: '127.0.0.1', method: 'GET', path: '/probe' };
  const res = { setHeader: () => undefined };
  return { getHandler: () => handler, getClass: () => ProbeController, switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }) } as unknown as ExecutionContext;
}

describe('the gateway guard at runtime', () => {
  const guard = new AuthGuard(new Reflector(), { check: async () => undefined } as unknown as ScopeChecker, loadEnvironment({ AUTH_JWT_SECRET: SECRET, RATE_LIMIT_PER_MINUTE: '1000' }));
  const bearer = (role: string) => `Bearer ${signToken({ sub: 'x', role }, SECRET, 60)}`;
  const run = (handler: (...args: never[]) => unknown, authorization?: string) => withCorrelationId('c-1', () => guard.canActivate(contextFor(handler, authorization)));

  it('denies a route that declares no roles, even to the administrator', async () => {
    await expect(run(ProbeController.prototype.forgotten, bearer('administrator'))).rejects.toMatchObject({ code: 'AUTH.ROUTE_NOT_DECLARED', kind: 'forbidden' });
  });

  it('answers unauthenticated before anything else, then checks the role', async () => {
    await expect(run(ProbeController.prototype.declared)).rejects.toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
    await expect(run(ProbeController.prototype.declared, bearer('finance'))).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' });
    await expect(run(ProbeController.prototype.declared, bearer('dispatcher'))).resolves.toBe(true);
    await expect(run(ProbeController.prototype.declared, bearer('administrator'))).resolves.toBe(true);
  });
});
