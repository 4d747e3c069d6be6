import {
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  Logger,
  Optional,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { currentRequestContext } from '@app/platform';
import { ProblemException } from '../errors/problem-details';
import { HttpRequest, headerValue, requestPath } from '../http/http.types';
import { ApiKeyRegistry } from './api-key.registry';
import { Role, hasAnyRole } from '@app/platform';
import { PUBLIC_METADATA, ROLES_METADATA } from './roles.decorator';
import {
  AUTH_FAILURE_THROTTLE,
  AuthFailureThrottle,
  DEFAULT_AUTH_FAILURE_LIMITS,
} from './auth-failure.throttle';

/** `Authorization: Bearer <key>` or `X-Api-Key: <key>`. */
export function extractApiKey(request: Pick<HttpRequest, 'headers'>): string | undefined {
  const authorization = headerValue(request, 'authorization');
  const bearer = authorization && /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (bearer) return bearer[1];
  const key = headerValue(request, 'x-api-key')?.trim();
  return key ? key : undefined;
}

/**
 * Global guard (APP_GUARD): 401 without a valid key, 403 with a key lacking the route's role;
 * both refusals are logged. Puts the principal on the request and in the request context,
 * where command handlers read the actor for event metadata.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly logger = new Logger('Auth');
  private readonly throttle: AuthFailureThrottle;

  constructor(
    private readonly registry: ApiKeyRegistry,
    private readonly reflector: Reflector,
    @Optional() @Inject(AUTH_FAILURE_THROTTLE) throttle?: AuthFailureThrottle,
  ) {
    this.throttle = throttle ?? new AuthFailureThrottle(DEFAULT_AUTH_FAILURE_LIMITS);
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets)) return true;

    const request = context.switchToHttp().getRequest<HttpRequest>();
    const key = extractApiKey(request);
    const client = request.ip ?? 'unknown';
    const wait = this.throttle.retryAfter(client);
    if (wait > 0) {
      this.logger.warn({ msg: 'authentication throttled', client, retryAfterSeconds: wait });
      throw new ProblemException({
        status: 429,
        code: 'TOO_MANY_AUTH_FAILURES',
        title: 'Too many failed authentications',
        detail: `Too many wrong API keys from this address: try again in ${wait} s`,
        headers: { 'Retry-After': String(wait) },
      });
    }
    const principal = key === undefined ? null : this.registry.authenticate(key);
    if (!principal) {
      if (key !== undefined) this.throttle.recordFailure(client);
      const reason = key === undefined ? 'missing API key' : 'unknown API key';
      this.logger.warn({
        msg: 'authentication refused',
        reason,
        method: request.method,
        path: requestPath(request),
      });
      throw new ProblemException({
        status: 401,
        code: 'UNAUTHENTICATED',
        title: 'Unauthorized',
        detail: `${reason === 'missing API key' ? 'No' : 'Unknown'} API key: send Authorization: Bearer <key> or X-Api-Key: <key>`,
        headers: { 'WWW-Authenticate': 'Bearer realm="contract-ledger"' },
      });
    }
    request.principal = principal;
    const store = currentRequestContext();
    if (store) store.principal = principal;

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(
      ROLES_METADATA,
      targets,
    ) ?? ['admin'];
    if (!hasAnyRole(principal, required)) {
      this.logger.warn({
        msg: 'authorization refused',
        actor: principal.name,
        roles: principal.roles,
        requiredRoles: required,
        method: request.method,
        path: requestPath(request),
      });
      throw new ProblemException({
        status: 403,
        code: 'FORBIDDEN_ROLE',
        title: 'Forbidden',
        detail: `Requires one of the roles: ${required.join(', ')}`,
        extensions: { requiredRoles: required },
      });
    }
    return true;
  }
}
