import { CORRELATION_ID_HEADER, resolveCorrelationId } from '../context/correlation-id.middleware';
import { errorToProblem } from '../errors/error-to-problem';
import { PROBLEM_CONTENT_TYPE, ProblemException } from '../errors/problem-details';
import {
  type HttpRequest,
  type HttpResponse,
  type NextFunction,
  headerValue,
  requestPath,
} from '../http/http.types';

/** 100 commands of ~2–5 ms each: a full process answers within a few hundred ms. */
export const DEFAULT_MAX_IN_FLIGHT = 100;

const COMMAND_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Every command endpoint writes under /contracts (PUT /contracts/:id signs; the rest POST). */
function isCommand(request: HttpRequest): boolean {
  return COMMAND_METHODS.has(request.method) && requestPath(request).startsWith('/contracts/');
}

/**
 * Admission control: at most `limit` commands per process at once, counted from the moment the
 * request's headers arrive until its response is finished or its connection closes — running,
 * queued behind their contract, or still sending their body. Beyond it the command is answered
 * 503 COMMANDS_OVERLOADED with Retry-After at once, before its body is read, parsed or
 * validated and before its idempotency key is claimed: under overload a queue only adds
 * latency to every command, and work spent on a command that is then refused multiplies the
 * load that clients' retries bring. Registered before the body parser (app.factory).
 */
export class CommandAdmission {
  private running = 0;

  constructor(public limit = DEFAULT_MAX_IN_FLIGHT) {}

  get inFlight(): number {
    return this.running;
  }

  readonly middleware = (
    request: HttpRequest,
    response: HttpResponse,
    next: NextFunction,
  ): void => {
    if (!isCommand(request)) return next();
    if (this.running >= this.limit) return this.refuse(request, response);
    this.running++;
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      this.running--;
    };
    // 'close' follows 'finish', and comes alone when the client goes away first.
    response.once('finish', leave);
    response.once('close', leave);
    next();
  };

  private refuse(request: HttpRequest, response: HttpResponse): void {
    const correlationId = resolveCorrelationId(headerValue(request, CORRELATION_ID_HEADER));
    const { problem, headers } = errorToProblem(overloaded(this.limit), {
      instance: requestPath(request),
      correlationId,
      hadIfMatch: false,
    });
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.setHeader(CORRELATION_ID_HEADER, correlationId);
    response.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
    // The body was not read: close the connection rather than wait for it to drain.
    response.setHeader('Connection', 'close');
    response.status(503).send(JSON.stringify(problem));
  }
}

function overloaded(limit: number): ProblemException {
  return new ProblemException({
    status: 503,
    code: 'COMMANDS_OVERLOADED',
    title: 'Service Unavailable',
    detail:
      `This process is already working on ${limit} commands; nothing was written. ` +
      'Retry after the delay given in Retry-After (with the same Idempotency-Key, if one was sent).',
    headers: { 'Retry-After': '1' },
  });
}
