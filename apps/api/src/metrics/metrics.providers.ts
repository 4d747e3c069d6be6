import type { Provider } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/database';
import { EventStore } from '@app/event-store';
import { ProjectorService } from '@app/read-models';
import { CommandMetricsInterceptor } from './command-metrics.interceptor';
import { instrumentEventStore } from './event-store.instrumentation';
import { LedgerMetrics } from './ledger-metrics';

/** Wiring for AppModule: the metrics, the event store measured, command outcomes counted. */
export const METRICS_PROVIDERS: Provider[] = [
  {
    provide: LedgerMetrics,
    inject: [PG_POOL, EventStore, ProjectorService],
    useFactory: (pool: Pool, store: EventStore, projector: ProjectorService) => {
      const metrics = new LedgerMetrics({
        projections: () => projector.status(),
        pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      });
      instrumentEventStore(store, metrics);
      return metrics;
    },
  },
  { provide: APP_INTERCEPTOR, useClass: CommandMetricsInterceptor },
];
