import type { CloudEventOptions } from './cloudevents/to-cloud-event';

/** What the feed reads from the environment (documented in README "Event feed"). */
export interface FeedConfig {
  /** Run the sequencer in this process (FEED_SEQUENCER, default true; one leads, others wait). */
  runSequencer: boolean;
  cloudEvents: CloudEventOptions;
  stream: FeedStreamConfig;
}

/** The SSE stream's knobs (FEED_STREAM_* variables). */
export interface FeedStreamConfig {
  /** A comment line this often keeps proxies and clients from timing the stream out. */
  heartbeatMs: number;
  /** The `retry:` the stream asks clients to wait before reconnecting. */
  retryMs: number;
  /** A client whose unsent output exceeds this is dropped; it resumes from its cursor. */
  maxBufferedBytes: number;
  /** A client that takes longer than this to read one page is dropped (slow consumer). */
  drainTimeoutMs: number;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`Configuration error: ${name} must be a positive integer, got "${text}"`);
  return n;
}

const DEFAULT_SOURCE = 'urn:contract-ledger';

/**
 * `PUBLIC_BASE_URL` is where clients reach the API (the dataschema links point there); unset, it
 * is `http://HOST:PORT`. `FEED_SOURCE` is the CloudEvents source; unset, `PUBLIC_BASE_URL` when
 * that is configured, else the URN `urn:contract-ledger` — a development host and port are no
 * identity to give every event forever.
 */
export function loadFeedConfig(
  env: NodeJS.ProcessEnv,
  listen: { host: string; port: number },
): FeedConfig {
  const configuredBase = env.PUBLIC_BASE_URL?.trim() || undefined;
  for (const [name, value] of [
    ['PUBLIC_BASE_URL', configuredBase],
    ['FEED_SOURCE', env.FEED_SOURCE?.trim() || undefined],
  ] as const) {
    if (value !== undefined && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(value))
      throw new Error(`Configuration error: ${name} must be an absolute URI, got "${value}"`);
  }
  const schemaBaseUrl = (configuredBase ?? `http://${listen.host}:${listen.port}`).replace(
    /\/+$/,
    '',
  );
  const flag = (env.FEED_SEQUENCER ?? '').toLowerCase();
  return {
    runSequencer: flag === '' ? true : ['1', 'true', 'yes', 'on'].includes(flag),
    cloudEvents: {
      source: env.FEED_SOURCE?.trim() || configuredBase || DEFAULT_SOURCE,
      schemaBaseUrl,
    },
    stream: {
      heartbeatMs: positive(env, 'FEED_STREAM_HEARTBEAT_MS', 15_000),
      retryMs: positive(env, 'FEED_STREAM_RETRY_MS', 2_000),
      maxBufferedBytes: positive(env, 'FEED_STREAM_MAX_BUFFER_BYTES', 4 * 1024 * 1024),
      drainTimeoutMs: positive(env, 'FEED_STREAM_DRAIN_TIMEOUT_MS', 10_000),
    },
  };
}
