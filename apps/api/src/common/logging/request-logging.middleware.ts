import { Injectable, NestMiddleware } from '@nestjs/common';
import { HttpRequest, HttpResponse, NextFunction } from '../http/http.types';
import { logRequestWhenFinished } from './request-logging';

/**
 * Preferred over the interceptor: middleware also sees requests that never reach a handler
 * (401/403 from the guard, 404 for unknown routes). Apply after CorrelationIdMiddleware.
 */
@Injectable()
export class RequestLoggingMiddleware implements NestMiddleware<HttpRequest, HttpResponse> {
  use(request: HttpRequest, response: HttpResponse, next: NextFunction): void {
    logRequestWhenFinished(request, response);
    next();
  }
}
