import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LedgerMetrics } from './ledger-metrics';

type RoutedRequest = IncomingMessage & {
  method?: string;
  baseUrl?: string;
  route?: { path?: string };
};

/**
 * Observes every response's latency under its route template (`/contracts/:contractId/payments`,
 * never the concrete path, so label values stay few); a path no route matched is `unmatched`.
 */
export function httpMetricsMiddleware(metrics: LedgerMetrics) {
  return (req: RoutedRequest, res: ServerResponse, next: () => void): void => {
    const end = metrics.httpDuration.startTimer();
    res.once('finish', () => {
      const route = req.route?.path ? `${req.baseUrl ?? ''}${req.route.path}` : 'unmatched';
      end({ method: req.method ?? 'GET', route, status: String(res.statusCode) });
    });
    next();
  };
}
