import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, map } from 'rxjs';
import { HttpRequest, HttpResponse, headerValue, requestPath } from './http.types';

export interface CsvForExcel {
  wants(accept: string | undefined): boolean;
  fileName(path: string): string;
  bom: string;
}

/**
 * `Accept: text/csv; excel=true` on any CSV view: the body gets the UTF-8 BOM Excel needs to
 * read Chinese names correctly, and `Content-Disposition: attachment; filename=…` makes it a
 * download. Applied to whatever a view rendered as text/csv, so no view repeats it.
 */
@Injectable()
export class CsvDownloadInterceptor implements NestInterceptor {
  constructor(private readonly excel: CsvForExcel) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<HttpRequest>();
    if (!this.excel.wants(headerValue(request, 'accept'))) return next.handle();
    const response = context.switchToHttp().getResponse<HttpResponse>();
    return next.handle().pipe(
      map((body) => {
        const type = String(response.getHeader('Content-Type') ?? '');
        if (typeof body !== 'string' || !/^text\/csv/i.test(type)) return body;
        const name = this.excel.fileName(requestPath(request));
        response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
        return `${this.excel.bom}${body}`;
      }),
    );
  }
}
