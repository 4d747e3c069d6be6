import { Inject, Injectable, OnApplicationShutdown, type Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { READ_MODEL_ENTITIES } from '@app/read-models';
import {
  boundedConnectionConfig,
  databaseOutageLog,
} from '@app/platform/database/connection-resilience';

/** The TypeORM DataSource the finance views read the projected tables through. */
export const READ_MODEL_DATA_SOURCE = Symbol('READ_MODEL_DATA_SOURCE');

export interface ReadModelsOptions {
  databaseUrl: string;
  poolSize?: number;
}

/**
 * Entities only: the schema belongs to the projector's migrations and the projections write
 * with pg, so this DataSource never synchronizes nor runs migrations.
 */
export function createReadModelDataSource(options: ReadModelsOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.databaseUrl,
    entities: READ_MODEL_ENTITIES,
    synchronize: false,
    migrationsRun: false,
    migrations: [],
    poolSize: options.poolSize ?? 10,
    // The same connect/statement/read timeouts as every other connection (a frozen database
    // answers 503 instead of hanging the finance views).
    extra: boundedConnectionConfig(),
    // An idle connection the server closes must not crash the process (as with PG_POOL).
    poolErrorHandler: (error: Error) =>
      databaseOutageLog.failure('read-model connection lost', error),
  });
}

export const readModelDataSourceProvider = (options: ReadModelsOptions): Provider => ({
  provide: READ_MODEL_DATA_SOURCE,
  useFactory: () => createReadModelDataSource(options).initialize(),
});

/** Closes the read-model DataSource with the application. */
@Injectable()
export class ReadModelDataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(READ_MODEL_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
