import { ConfigProblem, bool, host, integerIn, oneOf, path, urlWith } from './config-parsers';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

export interface SettingSpec<T> {
  /** Shown in the README configuration table (readme-config.spec.ts checks it is there). */
  default: string;
  description: string;
  parse(text: string): T;
}

const setting = <T>(spec: SettingSpec<T>) => spec;

const DELAY_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `0,5s,5m,2h` → delays in ms (a bare number is milliseconds); 1 to 50 of them. */
function delayList(text: string): number[] {
  const parts = text.split(',');
  const delays = parts.map((part) => /^\s*(\d{1,9})(ms|s|m|h)?\s*$/.exec(part));
  if (parts.length > 50 || delays.some((m) => m === null))
    throw new ConfigProblem(
      `must be 1 to 50 comma-separated delays such as 0,5s,5m,2h (got "${text}")`,
    );
  return delays.map((m) => Number(m![1]) * DELAY_MS[m![2] ?? 'ms']);
}

/** Host names or IP addresses, comma-separated. */
function hostList(text: string): string[] {
  return text
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '')
    .map((h) => host(h.replace(/^\[|\]$/g, '')));
}

/** 32 random bytes in base64 (`openssl rand -base64 32`). */
function key32(text: string): string {
  if (/^[A-Za-z0-9+/]{43}=$/.test(text) && Buffer.from(text, 'base64').length === 32) return text;
  throw new ConfigProblem(
    'must be 32 bytes in base64, e.g. the output of `openssl rand -base64 32`',
  );
}

/** The webhooks' settings (README "Webhooks"; read by loadWebhookConfig in libs/webhooks). */
const WEBHOOK_SETTINGS = () => ({
  WEBHOOK_WORKER: setting({
    default: 'true',
    description:
      'run the webhook delivery worker in the api process; `false` when `npm run webhooks:worker` runs it (several workers share the work)',
    parse: bool,
  }),
  WEBHOOK_RETRY_SCHEDULE: setting({
    default: '0,5s,5m,30m,2h,5h,10h,14h,20h,24h',
    description:
      'delay before each delivery attempt (Standard Webhooks schedule, ±10 % jitter); after the last the message is dead-lettered',
    parse: delayList,
  }),
  WEBHOOK_TIMEOUT_MS: setting({
    default: '15000',
    description:
      'a delivery attempt that takes longer (connect, send, response) fails (100–120000)',
    parse: integerIn(100, 120000),
  }),
  WEBHOOK_MAX_RETRY_AFTER_SECONDS: setting({
    default: '3600',
    description: "a receiver's `Retry-After` is honoured up to this (0–86400 s)",
    parse: integerIn(0, 86400),
  }),
  WEBHOOK_SECRET_GRACE_HOURS: setting({
    default: '24',
    description:
      'after a secret rotation the old secret keeps signing this long (0–720 h; per rotation: `graceSeconds`)',
    parse: integerIn(0, 720),
  }),
  WEBHOOK_ALLOWED_HOSTS: setting({
    default: 'none',
    description:
      'host names or addresses exempt from the SSRF check (loopback, private, link-local refused), comma-separated: `127.0.0.1,localhost` for development and tests',
    parse: hostList,
  }),
  WEBHOOK_ENCRYPTION_KEY: setting({
    default: 'unset (required in production)',
    description:
      "32 bytes in base64: seals the endpoints' signing secrets and Ed25519 private keys (AES-256-GCM) in the database",
    parse: key32,
  }),
  WEBHOOK_MAX_IN_FLIGHT: setting({
    default: '16',
    description:
      'deliveries in flight per endpoint once healthy (1–256); after failures it restarts at 1 and doubles with each success',
    parse: integerIn(1, 256),
  }),
  WEBHOOK_CONCURRENCY: setting({
    default: '64',
    description: 'deliveries in flight per worker process, all endpoints together (1–1024)',
    parse: integerIn(1, 1024),
  }),
});

/**
 * Every variable the service reads for itself, with its rule. Start-up refuses a value that
 * breaks a rule, naming the variable; an empty value counts as unset (compose files write
 * `VAR=` for "not set").
 */
export const SETTINGS = {
  NODE_ENV: setting({
    default: 'development',
    description:
      '`development`, `test` or `production`, exactly; production refuses development API keys and the embedded PostgreSQL',
    parse: oneOf(...NODE_ENVS),
  }),
  HOST: setting({
    default: '127.0.0.1',
    description: 'interface the HTTP API listens on (`0.0.0.0` in a container)',
    parse: host,
  }),
  PORT: setting({
    default: '3000',
    description: 'HTTP port, 0–65535 (0: any free port, logged at start-up)',
    parse: integerIn(0, 65535),
  }),
  DATABASE_URL: setting({
    default: 'unset → embedded',
    description:
      '`postgres://user:password@host:5432/db`: the event log, read models and idempotency keys',
    parse: urlWith(['postgres', 'postgresql'], 'postgres://ledger:secret@db:5432/ledger'),
  }),
  LEDGER_DATA_DIR: setting({
    default: './.data',
    description: 'embedded PostgreSQL keeps its data in `<dir>/pg`',
    parse: path,
  }),
  LEDGER_RUNTIME_DIR: setting({
    default: '/var/lib/contract-ledger',
    description:
      'as root only: where the embedded PostgreSQL programs are copied (and a data directory under a private parent is moved) so the `postgres` user can reach them',
    parse: path,
  }),
  EMBEDDED_PG_PORT: setting({
    default: '0 (any free port)',
    description: 'fixed port for the embedded server, 0–65535',
    parse: integerIn(0, 65535),
  }),
  ALLOW_EMBEDDED_PG: setting({
    default: 'false',
    description:
      'in production, allow the embedded PostgreSQL when `DATABASE_URL` is unset (a single-host trial; refused otherwise)',
    parse: bool,
  }),
  EVENTSTORE_CONNECTION_STRING: setting({
    default: 'unset',
    description:
      '`esdb://host:2113?tls=false`: the event log goes to EventStoreDB; read models stay in PostgreSQL',
    parse: urlWith(['esdb', 'esdb+discover'], 'esdb://eventstore:2113?tls=false'),
  }),
  RUN_PROJECTOR: setting({
    default: 'true',
    description:
      'run the projections inside the api process; `false` when `npm run start:projector` runs them',
    parse: bool,
  }),
  SEED_ON_START: setting({
    default: 'true in development',
    description: 'load the reference contracts at start-up (idempotent; `npm run seed` on demand)',
    parse: bool,
  }),
  LOG_LEVEL: setting({
    default: 'info',
    description: '`debug`, `info`, `warn` or `error`; logs are one JSON object per line',
    parse: oneOf(...LOG_LEVELS),
  }),
  DEV_API_KEYS: setting({
    default: 'random',
    description:
      'outside production, with no keys configured: `fixed` → `dev-operator-key`, `dev-finance-key`, `dev-legal-key`, `dev-integration-key`, `dev-admin-key`; `random` → new keys each start',
    parse: oneOf('random', 'fixed'),
  }),
  IDEMPOTENCY_RETENTION_HOURS: setting({
    default: '24',
    description:
      'an `Idempotency-Key` is remembered this long (1–8760 h), then purged; a retry after that is a new request',
    parse: integerIn(1, 8760),
  }),
  TRUST_PROXY: setting({
    default: '0',
    description:
      'reverse proxies in front of the API (0–10) whose X-Forwarded-For names the client; 0: the socket address is the client',
    parse: integerIn(0, 10),
  }),
  AUTH_FAILURE_LIMIT: setting({
    default: '10',
    description:
      'failed authentications allowed per client address per window (1–10000); then 429 with `Retry-After`',
    parse: integerIn(1, 10000),
  }),
  AUTH_FAILURE_WINDOW_SECONDS: setting({
    default: '60',
    description: 'the window of `AUTH_FAILURE_LIMIT`, in seconds (1–86400)',
    parse: integerIn(1, 86400),
  }),
  COMMAND_MAX_IN_FLIGHT: setting({
    default: '100',
    description:
      'commands one api process accepts at once, from their headers to their answer: running, queued behind their contract or still sending their body (1–100000); beyond it 503 `COMMANDS_OVERLOADED` with `Retry-After` at once, before the body is read',
    parse: integerIn(1, 100000),
  }),
  DEADLINE_SCHEDULER: setting({
    default: 'true (false when NODE_ENV=test)',
    description:
      'record deadline facts (InstallmentBecameOverdue, ReviewDeemedPassed, …) in the api process, once per interval; `false` where another process (`npm run deadlines:run`, another api) does — several may run at once',
    parse: bool,
  }),
  DEADLINE_SCHEDULER_INTERVAL_SECONDS: setting({
    default: '300',
    description:
      'seconds between two runs of the deadline scheduler (1–86400); the first runs once the api is listening',
    parse: integerIn(1, 86400),
  }),
  ...WEBHOOK_SETTINGS(),
} as const;

export type SettingName = keyof typeof SETTINGS;

/**
 * Variables read by other parts, which validate them there (README lists them too):
 * API keys (ApiKeyRegistry), the event feed's (loadFeedConfig), the tests' server.
 */
export const READ_ELSEWHERE = ['API_KEYS', 'API_KEYS_FILE', 'PUBLIC_BASE_URL'] as const;

/**
 * A variable starting like one of ours but not one of ours is a typo (LEDGER_DATADIR,
 * EMBEDDED_PG_PROT) that would otherwise be ignored in silence: refused.
 */
export const OWNED_PREFIXES = [
  'LEDGER_',
  'EMBEDDED_PG_',
  'EVENTSTORE_',
  'ALLOW_EMBEDDED',
  'IDEMPOTENCY_',
  'AUTH_FAILURE',
  'TRUST_PROX',
  'API_KEYS',
  'DEV_API_KEY',
  'WEBHOOK_',
  'DEADLINE_',
] as const;
