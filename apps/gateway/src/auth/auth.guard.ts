import { Inject, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { DomainError, type Actor, type Role } from '@aftersales/contracts';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { OPEN_ROUTE, setCurrentActor } from '@aftersales/observability';
import { authSettings, type AuthSettings } from './auth.config';
import { AuthErrors } from './auth.errors';
import { authenticate } from './authenticate';
import { RateLimiter } from './rate-limiter';
import { ROLES_KEY, SCOPE_KEY, type ScopeRule } from './roles.decorator';
import { ScopeChecker } from './scope-checker';

const ACTOR = Symbol('actor');

export function actorOfRequest(req: Request): Actor | undefined {
  return (req as unknown as Record<symbol, Actor | undefined>)[ACTOR];
}

/**
 * Every request passes here: open routes (health, metrics, the public defect disclosure) pass as they
 * are; every other request is rate-limited per client, authenticated (401), checked against the
 * route's declared roles (403; no declaration: 403 for everyone) and against the caller's scope.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('AuthGuard');
  private readonly settings: AuthSettings;
  private readonly limiter: RateLimiter;

  constructor(
    private readonly reflector: Reflector,
    private readonly scopes: ScopeChecker,
    @Inject(ENVIRONMENT) env: Environment,
  ) {
    this.settings = authSettings(env);
    this.limiter = new RateLimiter(this.settings.ratePerMinute);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(OPEN_ROUTE, targets)) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const actor = authenticate({ authorization: req.header('authorization'), apiKey: req.header('x-api-key') }, this.settings);
    this.limit(actor ? actor.id : `address:${req.ip}`, context.switchToHttp().getResponse<Response>());
    if (!actor) throw new DomainError(AuthErrors.UNAUTHENTICATED);
    (req as unknown as Record<symbol, Actor>)[ACTOR] = actor;
    setCurrentActor(actor);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) {
      this.logger.error(`${req.method} ${req.route?.path ?? req.path} declares no roles: denied`);
      throw new DomainError(AuthErrors.ROUTE_NOT_DECLARED);
    }
    if (actor.role !== 'administrator' && !roles.includes(actor.role as Role)) throw new DomainError(AuthErrors.FORBIDDEN);
    const rule = this.reflector.getAllAndOverride<ScopeRule | undefined>(SCOPE_KEY, targets);
    if (rule) await this.scopes.check(rule, actor, req);
    return true;
  }

  private limit(client: string, res: Response): void {
    const taken = this.limiter.take(client);
    if (taken.allowed) return;
    res.setHeader('Retry-After', String(taken.retryAfterSeconds));
    throw new DomainError(AuthErrors.RATE_LIMITED);
  }
}
