import { Logger } from '@nestjs/common';
import { currentRequestContext } from '@app/platform';
import { HttpRequest, HttpResponse, requestPath } from '../http/http.types';

const LOGGED = Symbol('requestLogged');
const logger = new Logger('HTTP');

/**
 * Logs one line when the response is finished, with the final status (after guards, filters
 * and idempotent replays). Idempotent per request, so wiring both the middleware and the
 * interceptor never logs a request twice.
 */
export function logRequestWhenFinished(request: HttpRequest, response: HttpResponse): void {
  const marked = request as HttpRequest & { [LOGGED]?: true };
  if (marked[LOGGED]) return;
  marked[LOGGED] = true;
  const started = process.hrtime.bigint();
  // 'finish' is emitted outside the request's async context: capture the (mutable) context
  // object now, so the principal set later by the guard is still seen.
  const context = currentRequestContext();
  response.once('finish', () => {
    const status = response.statusCode;
    const line = {
      msg: 'request completed',
      method: request.method,
      path: requestPath(request),
      status,
      durationMs: Number(process.hrtime.bigint() - started) / 1e6,
      actor: context?.principal?.name ?? request.principal?.name ?? null,
      correlationId: context?.correlationId ?? request.correlationId,
    };
    if (status >= 500) logger.error(line);
    else if (status >= 400) logger.warn(line);
    else logger.log(line);
  });
}
