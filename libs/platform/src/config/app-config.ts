import { resolve } from 'node:path';

/** Everything the service reads from its environment, in one place (documented in README). */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** A real PostgreSQL; when unset an embedded one is started with its data under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Fixed port for the embedded PostgreSQL; 0 = any free port. */
  embeddedPostgresPort: number;
  /** `esdb://…`: the event log goes to EventStoreDB; read models stay in PostgreSQL. */
  eventStoreConnectionString?: string;
  /** Run projections inside the api process (development default). */
  runProjector: boolean;
  /** Load the reference contracts at start-up (idempotent). */
  seedOnStart: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new Error(
      `Configuration error: ${name} must be an integer port (0-65535), got "${value}"`,
    );
  }
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv =
    env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const level = (env.LOG_LEVEL ?? 'info').toLowerCase();
  return {
    nodeEnv,
    host: env.HOST ?? '127.0.0.1',
    port: integer('PORT', env.PORT, 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.LEDGER_DATA_DIR ?? '.data'),
    embeddedPostgresPort: integer('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 0),
    eventStoreConnectionString: env.EVENTSTORE_CONNECTION_STRING || undefined,
    runProjector: flag(env.RUN_PROJECTOR, true),
    seedOnStart: flag(env.SEED_ON_START, nodeEnv === 'development'),
    logLevel: (['debug', 'info', 'warn', 'error'].includes(level)
      ? level
      : 'info') as AppConfig['logLevel'],
  };
}
