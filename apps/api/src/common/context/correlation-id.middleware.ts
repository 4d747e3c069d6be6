import { randomUUID } from 'node:crypto';
import { Injectable, NestMiddleware } from '@nestjs/common';
import { HttpRequest, HttpResponse, NextFunction, headerValue } from '../http/http.types';
import { runWithRequestContext } from '@app/platform';

export const CORRELATION_ID_HEADER = 'x-correlation-id';

/**
 * Client-chosen ids are kept so a caller can follow its own id through our logs, but only when
 * they are short and plain: anything else could forge log lines or bloat every event's metadata.
 */
const VALID_CORRELATION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function resolveCorrelationId(received: string | undefined): string {
  return received !== undefined && VALID_CORRELATION_ID.test(received) ? received : randomUUID();
}

/**
 * Opens the request's AsyncLocalStorage context. Bind it with Nest's MiddlewareConsumer
 * (`forRoutes('*')`): Nest runs those after the body parser, whose stream callbacks would
 * otherwise lose the context.
 */
@Injectable()
export class CorrelationIdMiddleware implements NestMiddleware<HttpRequest, HttpResponse> {
  use(request: HttpRequest, response: HttpResponse, next: NextFunction): void {
    const correlationId = resolveCorrelationId(headerValue(request, CORRELATION_ID_HEADER));
    request.correlationId = correlationId;
    response.setHeader(CORRELATION_ID_HEADER, correlationId);
    runWithRequestContext({ correlationId }, () => next());
  }
}
