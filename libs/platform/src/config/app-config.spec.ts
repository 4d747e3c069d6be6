import { resolve } from 'node:path';
import { assertEmbeddedPostgresAllowed, ConfigError, loadConfig } from './app-config';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('given nothing, gives the development defaults the README documents', () => {
    expect(loadConfig({})).toEqual({
      nodeEnv: 'development',
      host: '127.0.0.1',
      port: 3000,
      databaseUrl: undefined,
      dataDir: resolve('.data'),
      runtimeDir: undefined,
      embeddedPostgresPort: 0,
      allowEmbeddedPostgres: false,
      eventStoreConnectionString: undefined,
      runProjector: true,
      seedOnStart: true,
      logLevel: 'info',
      idempotencyRetentionHours: 24,
      trustProxy: 0,
      authFailureLimit: 10,
      authFailureWindowSeconds: 60,
      commandMaxInFlight: 100,
      deadlineScheduler: true,
      deadlineSchedulerIntervalSeconds: 300,
    });
  });

  it('reads every setting in its documented form', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      PORT: '8080',
      DATABASE_URL: 'postgresql://ledger:s3cret@db.internal:5432/ledger',
      LEDGER_DATA_DIR: '/var/lib/contract-ledger',
      LEDGER_RUNTIME_DIR: '/opt/ledger-runtime',
      EMBEDDED_PG_PORT: '5433',
      ALLOW_EMBEDDED_PG: 'yes',
      EVENTSTORE_CONNECTION_STRING: 'esdb://eventstore:2113?tls=false',
      RUN_PROJECTOR: 'FALSE',
      SEED_ON_START: 'on',
      LOG_LEVEL: 'warn',
      DEV_API_KEYS: 'fixed',
      IDEMPOTENCY_RETENTION_HOURS: '72',
      TRUST_PROXY: '1',
      AUTH_FAILURE_LIMIT: '5',
      AUTH_FAILURE_WINDOW_SECONDS: '300',
      COMMAND_MAX_IN_FLIGHT: '64',
      DEADLINE_SCHEDULER: 'false',
      DEADLINE_SCHEDULER_INTERVAL_SECONDS: '3600',
      API_KEYS: '[]',
      PATH: '/usr/bin',
    });
    expect(config).toEqual({
      nodeEnv: 'production',
      host: '0.0.0.0',
      port: 8080,
      databaseUrl: 'postgresql://ledger:s3cret@db.internal:5432/ledger',
      dataDir: '/var/lib/contract-ledger',
      runtimeDir: '/opt/ledger-runtime',
      embeddedPostgresPort: 5433,
      allowEmbeddedPostgres: true,
      eventStoreConnectionString: 'esdb://eventstore:2113?tls=false',
      runProjector: false,
      seedOnStart: true,
      logLevel: 'warn',
      idempotencyRetentionHours: 72,
      trustProxy: 1,
      authFailureLimit: 5,
      authFailureWindowSeconds: 300,
      commandMaxInFlight: 64,
      deadlineScheduler: false,
      deadlineSchedulerIntervalSeconds: 3600,
    });
  });

  it('runs the deadline scheduler by default except under NODE_ENV=test, every 1–86400 s', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).deadlineScheduler).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).deadlineScheduler).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', DEADLINE_SCHEDULER: 'true' }).deadlineScheduler).toBe(
      true,
    );
    expect(problemsOf({ DEADLINE_SCHEDULER_INTERVAL_SECONDS: '0' })[0]).toMatch(
      /^DEADLINE_SCHEDULER_INTERVAL_SECONDS /,
    );
    expect(problemsOf({ DEADLINE_SCHEDULER: 'maybe' })[0]).toMatch(/^DEADLINE_SCHEDULER /);
    expect(problemsOf({ DEADLINE_SCHEDULR: 'true' })[0]).toMatch(
      /did you mean DEADLINE_SCHEDULER\?/,
    );
  });

  it('treats an empty value as unset (compose files write VAR=)', () => {
    expect(loadConfig({ NODE_ENV: '', PORT: '', DATABASE_URL: '' })).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: undefined,
    });
  });

  it.each([['prod'], ['staging'], ['Production'], [' production']])(
    'refuses NODE_ENV=%j instead of silently meaning development',
    (value) => {
      expect(problemsOf({ NODE_ENV: value })).toEqual([
        `NODE_ENV must be one of development, test, production (got ${JSON.stringify(value)})`,
      ]);
    },
  );

  it('refuses LOG_LEVEL=verbose instead of silently logging at info', () => {
    expect(problemsOf({ LOG_LEVEL: 'verbose' })).toEqual([
      'LOG_LEVEL must be one of debug, info, warn, error (got "verbose")',
    ]);
  });

  it.each([
    ['PORT', '80a', 'PORT must be a whole number from 0 to 65535 (got "80a")'],
    ['PORT', '65536', 'PORT must be a whole number from 0 to 65535 (got "65536")'],
    ['PORT', '-1', 'PORT must be a whole number from 0 to 65535 (got "-1")'],
    ['PORT', '3e3', 'PORT must be a whole number from 0 to 65535 (got "3e3")'],
    [
      'EMBEDDED_PG_PORT',
      '54.3',
      'EMBEDDED_PG_PORT must be a whole number from 0 to 65535 (got "54.3")',
    ],
    ['RUN_PROJECTOR', 'ture', 'RUN_PROJECTOR must be true or false (got "ture")'],
    ['SEED_ON_START', 'enabled', 'SEED_ON_START must be true or false (got "enabled")'],
    ['HOST', 'my host', 'HOST must be a host name or IP address (got "my host")'],
    ['DEV_API_KEYS', 'fixd', 'DEV_API_KEYS must be one of random, fixed (got "fixd")'],
    [
      'IDEMPOTENCY_RETENTION_HOURS',
      '0',
      'IDEMPOTENCY_RETENTION_HOURS must be a whole number from 1 to 8760 (got "0")',
    ],
  ])('refuses %s=%j, naming the variable and its rule', (name, value, message) => {
    expect(problemsOf({ [name]: value })).toEqual([message]);
  });

  it('refuses a DATABASE_URL that is not a postgres:// URL, without echoing its password', () => {
    expect(problemsOf({ DATABASE_URL: 'localhost:5432/ledger' })).toEqual([
      'DATABASE_URL must be a postgres:// or postgresql:// URL such as ' +
        'postgres://ledger:secret@db:5432/ledger (got "localhost:5432/ledger")',
    ]);
    expect(problemsOf({ DATABASE_URL: 'mysql://ledger:hunter2@db/ledger' })[0]).toContain(
      '(got "mysql://ledger:***@db/ledger")',
    );
  });

  it('refuses an EVENTSTORE_CONNECTION_STRING that is not esdb://', () => {
    expect(problemsOf({ EVENTSTORE_CONNECTION_STRING: 'http://localhost:2113' })).toEqual([
      'EVENTSTORE_CONNECTION_STRING must be a esdb:// or esdb+discover:// URL such as ' +
        'esdb://eventstore:2113?tls=false (got "http://localhost:2113")',
    ]);
  });

  it('refuses an unknown variable with one of our prefixes, suggesting the known one', () => {
    expect(problemsOf({ LEDGER_DATADIR: '/tmp/x', EMBEDDED_PG_PROT: '5433' })).toEqual([
      'EMBEDDED_PG_PROT is not a setting of the contract ledger (did you mean EMBEDDED_PG_PORT?)',
      'LEDGER_DATADIR is not a setting of the contract ledger (did you mean LEDGER_DATA_DIR?)',
    ]);
  });

  it('suggests nothing for an unknown variable that is no near miss of a setting', () => {
    expect(problemsOf({ LEDGER_FOO: '1' })).toEqual([
      'LEDGER_FOO is not a setting of the contract ledger (README "Configuration" lists them)',
    ]);
  });

  it('reports every mistake of one start together, in one message', () => {
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'prod', LOG_LEVEL: 'verbose', PORT: 'x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      'Configuration error: ' +
        'NODE_ENV must be one of development, test, production (got "prod"); ' +
        'PORT must be a whole number from 0 to 65535 (got "x"); ' +
        'LOG_LEVEL must be one of debug, info, warn, error (got "verbose")',
    );
  });
});

describe('assertEmbeddedPostgresAllowed', () => {
  it('refuses the embedded PostgreSQL in production unless ALLOW_EMBEDDED_PG=true', () => {
    expect(() => assertEmbeddedPostgresAllowed(loadConfig({ NODE_ENV: 'production' }))).toThrow(
      'Configuration error: DATABASE_URL is required in production (NODE_ENV=production): ' +
        'set it to your PostgreSQL, or set ALLOW_EMBEDDED_PG=true to run the embedded one on purpose',
    );
    expect(() =>
      assertEmbeddedPostgresAllowed(
        loadConfig({ NODE_ENV: 'production', ALLOW_EMBEDDED_PG: 'true' }),
      ),
    ).not.toThrow();
    expect(() =>
      assertEmbeddedPostgresAllowed(
        loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db/ledger' }),
      ),
    ).not.toThrow();
    expect(() => assertEmbeddedPostgresAllowed(loadConfig({}))).not.toThrow();
  });
});
