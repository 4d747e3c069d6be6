import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { currentCorrelationId } from '@app/platform';
import { databaseOutageLog } from '@app/platform/database/connection-resilience';
import { HttpRequest, HttpResponse, headerValue, requestPath } from '../http/http.types';
import { errorToProblem } from './error-to-problem';
import { PROBLEM_CONTENT_TYPE } from './problem-details';

/**
 * The one global filter (APP_FILTER): every error leaves as application/problem+json. Errors
 * that are not the client's fault are logged with their stack and answered without internals.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const http = host.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const response = http.getResponse<HttpResponse>();
    const correlationId = request.correlationId ?? currentCorrelationId();
    const { problem, headers, unexpected, outage } = errorToProblem(error, {
      instance: requestPath(request),
      correlationId,
      hadIfMatch: headerValue(request, 'if-match') !== undefined,
    });
    if (outage) databaseOutageLog.failure(`${request.method} ${requestPath(request)}`, error);
    if (unexpected) {
      this.logger.error({
        msg: 'request failed',
        method: request.method,
        path: requestPath(request),
        status: problem.status,
        correlationId,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      });
    }
    if (response.headersSent) return; // a streamed response failed midway: nothing left to say
    response.status(problem.status);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
    response.send(JSON.stringify(problem));
  }
}
