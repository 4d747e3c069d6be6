import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { HttpRequest } from '../http/http.types';
import type { Principal } from '@app/platform';

/** The authenticated caller (set by ApiKeyGuard); undefined on @Public() routes. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | undefined =>
    context.switchToHttp().getRequest<HttpRequest>().principal,
);
