import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { PG_POOL } from '@app/database';
import { EventStore, createPostgresEventStore } from '@app/event-store';
import { createEventStoreDbEventStore } from '@app/event-store/eventstoredb';
import { boundedConnectionConfig, guardPoolClients } from './connection-resilience';

export interface InfrastructureOptions {
  databaseUrl: string;
  eventStoreConnectionString?: string;
  poolSize?: number;
}

/** Provides the application's pg.Pool (read models, idempotency keys) and the event store port. */
@Global()
@Module({})
export class InfrastructureModule implements OnApplicationShutdown {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly eventStore: EventStore,
  ) {}

  static forRoot(options: InfrastructureOptions): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        {
          provide: PG_POOL,
          useFactory: () => {
            const pool = new Pool({
              connectionString: options.databaseUrl,
              max: options.poolSize ?? 20,
              ...boundedConnectionConfig(),
            });
            // A connection the server closes (restart, failover), idle or checked out, must not
            // crash the process: the query fails (503), the pool replaces the client.
            return guardPoolClients(pool);
          },
        },
        {
          provide: EventStore,
          useFactory: async (): Promise<EventStore> =>
            options.eventStoreConnectionString
              ? createEventStoreDbEventStore(options.eventStoreConnectionString)
              : createPostgresEventStore({
                  url: options.databaseUrl,
                  connection: boundedConnectionConfig(),
                }),
        },
      ],
      exports: [PG_POOL, EventStore],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.eventStore.close();
    await this.pool.end();
  }
}
