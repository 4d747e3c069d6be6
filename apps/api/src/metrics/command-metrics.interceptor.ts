import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';
import { errorToProblem } from '../common/errors/error-to-problem';
import type { HttpRequest, HttpResponse } from '../common';
import { LedgerMetrics } from './ledger-metrics';

const WRITES = new Set(['POST', 'PUT']);

/**
 * Counts command outcomes: every write to a use-case controller (`RecordPaymentController` →
 * type `RecordPayment`) is `recorded` (201), `unchanged` (200: already recorded) or `refused`
 * with the problem code the client got (VALIDATION_FAILED, DATE_BEFORE_SIGNING …).
 */
@Injectable()
export class CommandMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: LedgerMetrics) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const name = context.getClass().name;
    if (
      context.getType() !== 'http' ||
      !WRITES.has(request.method) ||
      !name.endsWith('Controller')
    ) {
      return next.handle();
    }
    const type = name.slice(0, -'Controller'.length);
    return next.handle().pipe(
      tap({
        next: () => {
          const status = context.switchToHttp().getResponse<HttpResponse>().statusCode;
          this.metrics.commands.inc({
            type,
            outcome: status === 200 ? 'unchanged' : 'recorded',
            code: '',
          });
        },
        error: (error: unknown) => {
          const { problem } = errorToProblem(error, { hadIfMatch: false });
          this.metrics.commands.inc({ type, outcome: 'refused', code: problem.code });
        },
      }),
    );
  }
}
