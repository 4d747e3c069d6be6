import type { IncomingHttpHeaders } from 'node:http';
import type { Principal } from '@app/platform';

/**
 * The few Express request/response members this layer uses. @types/express is not installed,
 * and typing against these structural shapes keeps the pieces testable without it.
 */
export interface HttpRequest {
  method: string;
  /** Path and query as received (Express keeps it even when routers rewrite `url`). */
  originalUrl?: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** The client's address (Express; X-Forwarded-For only through TRUST_PROXY hops). */
  ip?: string;
  body?: unknown;
  /** Set by ApiKeyGuard once the API key is verified. */
  principal?: Principal;
  /** Set by CorrelationIdMiddleware. */
  correlationId?: string;
  /** Set by IdempotencyInterceptor when the request carried a valid Idempotency-Key. */
  idempotencyKey?: string;
}

export interface HttpResponse {
  statusCode: number;
  headersSent: boolean;
  status(code: number): HttpResponse;
  setHeader(name: string, value: string | number | readonly string[]): unknown;
  getHeader(name: string): string | number | string[] | undefined;
  getHeaders(): Record<string, string | number | string[] | undefined>;
  send(body?: unknown): unknown;
  once(event: 'finish' | 'close', listener: () => void): unknown;
}

export type NextFunction = (error?: unknown) => void;

/** Path without the query string: what logs and problem `instance` members show. */
export function requestPath(request: Pick<HttpRequest, 'originalUrl' | 'url'>): string {
  const url = request.originalUrl ?? request.url;
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/** First value of a header that may arrive repeated. */
export function headerValue(
  request: Pick<HttpRequest, 'headers'>,
  name: string,
): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
