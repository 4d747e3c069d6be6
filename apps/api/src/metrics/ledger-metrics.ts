import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Sources read at scrape time (the projector's lag, the pool's counts). */
export interface ProjectionLag {
  name: string;
  lagEvents: number;
  lagMs: number;
  checkpoint: string | null;
  head: string | null;
}

export interface ScrapeSources {
  projections?: () => Promise<ProjectionLag[]>;
  pool?: () => { total: number; idle: number; waiting: number };
}

/**
 * The service's Prometheus metrics, on a registry of its own (so two apps in one test process
 * do not share counters). Names follow Prometheus conventions: base units (seconds), `_total`
 * for counters. README "Operations" lists them with the alerts they support.
 */
export class LedgerMetrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly commands = new Counter({
    name: 'ledger_commands_total',
    help: 'Commands by type and outcome (recorded, unchanged, refused) with the refusal code',
    labelNames: ['type', 'outcome', 'code'] as const,
    registers: [this.registry],
  });

  readonly appendDuration = new Histogram({
    name: 'ledger_event_store_append_duration_seconds',
    help: 'Event store appends, by result (ok, conflict, error)',
    labelNames: ['result'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [this.registry],
  });

  readonly appendConflicts = new Counter({
    name: 'ledger_event_store_append_conflicts_total',
    help: 'Appends refused because the stream had moved on (expected revision)',
    registers: [this.registry],
  });

  constructor(sources: ScrapeSources = {}) {
    collectDefaultMetrics({ register: this.registry });
    const projections = sources.projections;
    if (projections) {
      // One read of the projector's status per scrape, shared by the four gauges below.
      let last: { at: number; read: Promise<ProjectionLag[]> } | null = null;
      const status = () => {
        if (!last || Date.now() - last.at > 1000) last = { at: Date.now(), read: projections() };
        return last.read;
      };
      const perProjection = (name: string, help: string, value: (r: ProjectionLag) => number) =>
        new Gauge({
          name,
          help,
          labelNames: ['projection'] as const,
          registers: [this.registry],
          async collect() {
            for (const r of await status()) this.set({ projection: r.name }, value(r));
          },
        });
      perProjection(
        'ledger_projection_lag_events',
        'Events in the log not yet applied by the projection (counted up to 10,000)',
        (r) => r.lagEvents,
      );
      perProjection(
        'ledger_projection_lag_seconds',
        'Age of the oldest event the projection has not applied; 0 when caught up',
        (r) => r.lagMs / 1000,
      );
      perProjection(
        'ledger_projection_checkpoint_position',
        "Global position of the projection's subscription checkpoint",
        (r) => Number(r.checkpoint ?? 0),
      );
      new Gauge({
        name: 'ledger_event_store_head_position',
        help: 'Global position of the last event in the log',
        registers: [this.registry],
        async collect() {
          const head = (await status()).find((r) => r.head !== null)?.head;
          this.set(Number(head ?? 0));
        },
      });
    }
    const pool = sources.pool;
    if (pool) {
      new Gauge({
        name: 'ledger_db_pool_connections',
        help: 'PostgreSQL pool connections by state (total, idle, waiting = callers queued)',
        labelNames: ['state'] as const,
        registers: [this.registry],
        collect() {
          const counts = pool();
          this.set({ state: 'total' }, counts.total);
          this.set({ state: 'idle' }, counts.idle);
          this.set({ state: 'waiting' }, counts.waiting);
        },
      });
    }
  }
}
