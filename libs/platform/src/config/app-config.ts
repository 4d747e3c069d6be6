import { resolve } from 'node:path';
import { ConfigProblem } from './config-parsers';
import {
  LOG_LEVELS,
  NODE_ENVS,
  OWNED_PREFIXES,
  READ_ELSEWHERE,
  SETTINGS,
  SettingName,
} from './config-schema';

/** Everything the service reads from its environment, in one place (documented in README). */
export interface AppConfig {
  nodeEnv: (typeof NODE_ENVS)[number];
  host: string;
  port: number;
  /** A real PostgreSQL; when unset an embedded one is started with its data under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** As root: where PostgreSQL's programs are placed for the `postgres` user (unset: default). */
  runtimeDir?: string;
  /** Fixed port for the embedded PostgreSQL; 0 = any free port. */
  embeddedPostgresPort: number;
  /** Production only starts the embedded PostgreSQL when this says so (ALLOW_EMBEDDED_PG). */
  allowEmbeddedPostgres: boolean;
  /** `esdb://…`: the event log goes to EventStoreDB; read models stay in PostgreSQL. */
  eventStoreConnectionString?: string;
  /** Run projections inside the api process (development default). */
  runProjector: boolean;
  /** Load the reference contracts at start-up (idempotent). */
  seedOnStart: boolean;
  logLevel: (typeof LOG_LEVELS)[number];
  /** How long an Idempotency-Key's response is kept before it is purged. */
  idempotencyRetentionHours: number;
  /** Proxies whose X-Forwarded-For is believed (Express `trust proxy`); 0: none. */
  trustProxy: number;
  /** Failed authentications per client address and window before 429. */
  authFailureLimit: number;
  authFailureWindowSeconds: number;
  /** Commands admitted at once per process (running or queued); beyond it 503 at once. */
  commandMaxInFlight: number;
  /** Record deadline facts in the api process (DEADLINE_SCHEDULER). */
  deadlineScheduler: boolean;
  deadlineSchedulerIntervalSeconds: number;
}

/** Start-up refuses the configuration: `problems` name each variable and its rule. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

const KNOWN = new Set<string>([...Object.keys(SETTINGS), ...READ_ELSEWHERE]);

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

function unknownOwnedVariables(env: NodeJS.ProcessEnv): string[] {
  return Object.keys(env)
    .filter((name) => !KNOWN.has(name) && OWNED_PREFIXES.some((p) => name.startsWith(p)))
    .sort()
    .map((name) => {
      const nearest = [...KNOWN].sort((a, b) => editDistance(name, a) - editDistance(name, b))[0];
      // A suggestion only for a likely typo (a few letters off), not the least unlike name.
      const typo = editDistance(name, nearest) <= Math.max(2, Math.ceil(name.length / 4));
      return typo
        ? `${name} is not a setting of the contract ledger (did you mean ${nearest}?)`
        : `${name} is not a setting of the contract ledger (README "Configuration" lists them)`;
    });
}

/**
 * Reads and checks the whole configuration at once, so one start reports every mistake:
 * `NODE_ENV=prod`, `LOG_LEVEL=verbose`, `PORT=80a`, `DATABASE_URL=localhost:5432` or an
 * unknown `LEDGER_DATADIR` each stop start-up with a ConfigError naming the variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = unknownOwnedVariables(env);
  const read = <N extends SettingName>(
    name: N,
  ): ReturnType<(typeof SETTINGS)[N]['parse']> | undefined => {
    const text = env[name];
    if (text === undefined || text === '') return undefined;
    try {
      return SETTINGS[name].parse(text) as ReturnType<(typeof SETTINGS)[N]['parse']>;
    } catch (error) {
      if (!(error instanceof ConfigProblem)) throw error;
      problems.push(`${name} ${error.message}`);
      return undefined;
    }
  };
  const nodeEnv = read('NODE_ENV') ?? 'development';
  const config: AppConfig = {
    nodeEnv,
    host: read('HOST') ?? '127.0.0.1',
    port: read('PORT') ?? 3000,
    databaseUrl: read('DATABASE_URL'),
    dataDir: resolve(read('LEDGER_DATA_DIR') ?? '.data'),
    runtimeDir: read('LEDGER_RUNTIME_DIR'),
    embeddedPostgresPort: read('EMBEDDED_PG_PORT') ?? 0,
    allowEmbeddedPostgres: read('ALLOW_EMBEDDED_PG') ?? false,
    eventStoreConnectionString: read('EVENTSTORE_CONNECTION_STRING'),
    runProjector: read('RUN_PROJECTOR') ?? true,
    seedOnStart: read('SEED_ON_START') ?? nodeEnv === 'development',
    logLevel: read('LOG_LEVEL') ?? 'info',
    idempotencyRetentionHours: read('IDEMPOTENCY_RETENTION_HOURS') ?? 24,
    trustProxy: read('TRUST_PROXY') ?? 0,
    authFailureLimit: read('AUTH_FAILURE_LIMIT') ?? 10,
    authFailureWindowSeconds: read('AUTH_FAILURE_WINDOW_SECONDS') ?? 60,
    commandMaxInFlight: read('COMMAND_MAX_IN_FLIGHT') ?? 100,
    deadlineScheduler: read('DEADLINE_SCHEDULER') ?? nodeEnv !== 'test',
    deadlineSchedulerIntervalSeconds: read('DEADLINE_SCHEDULER_INTERVAL_SECONDS') ?? 300,
  };
  read('DEV_API_KEYS'); // used by ApiKeyRegistry; checked here with the rest
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * The embedded PostgreSQL is a development convenience: its data sits in a local directory and
 * it lives and dies with the process. Production uses DATABASE_URL unless ALLOW_EMBEDDED_PG=true
 * says a single-host trial is meant. Called where the embedded server would be started.
 */
export function assertEmbeddedPostgresAllowed(
  config: Pick<AppConfig, 'nodeEnv' | 'databaseUrl' | 'allowEmbeddedPostgres'>,
): void {
  if (config.nodeEnv !== 'production' || config.databaseUrl || config.allowEmbeddedPostgres) {
    return;
  }
  throw new ConfigError([
    'DATABASE_URL is required in production (NODE_ENV=production): set it to your PostgreSQL, ' +
      'or set ALLOW_EMBEDDED_PG=true to run the embedded one on purpose',
  ]);
}
