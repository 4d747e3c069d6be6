import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { HttpRequest, HttpResponse } from '../http/http.types';
import { logRequestWhenFinished } from './request-logging';

/**
 * Interceptor form of the request log, for apps that prefer APP_INTERCEPTOR wiring. It only
 * sees requests that passed the guard; the guard logs its own 401/403 refusals, and
 * RequestLoggingMiddleware covers everything (it and this never both log one request).
 */
@Injectable()
export class RequestLoggingInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const http = context.switchToHttp();
      logRequestWhenFinished(http.getRequest<HttpRequest>(), http.getResponse<HttpResponse>());
    }
    return next.handle();
  }
}
