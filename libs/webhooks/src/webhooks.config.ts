import { SETTINGS } from '@app/platform/config/config-schema';

/** What the webhooks read from the environment (README "Webhooks"; rules in config-schema). */
export interface WebhookConfig {
  /** Run the delivery worker in this process (WEBHOOK_WORKER). */
  runWorker: boolean;
  /** Delay before each attempt, in ms; its length is the number of attempts. */
  retryScheduleMs: number[];
  timeoutMs: number;
  maxRetryAfterMs: number;
  /** How long a rotated-out secret keeps signing by default. */
  secretGraceSeconds: number;
  allowedHosts: string[];
  encryptionKey?: string;
  /** Production: only https URLs. */
  requireHttps: boolean;
  maxInFlightPerEndpoint: number;
  concurrency: number;
  /** A delivering message whose worker vanished is retried this long after its timeout. */
  leaseMarginMs: number;
  /** Wake-up interval when nothing signals (retries coming due, another process's work). */
  pollMs: number;
}

type Name = keyof typeof SETTINGS & `WEBHOOK_${string}`;

export function loadWebhookConfig(env: NodeJS.ProcessEnv, nodeEnv: string): WebhookConfig {
  const read = <N extends Name>(name: N): ReturnType<(typeof SETTINGS)[N]['parse']> | undefined => {
    const text = env[name];
    if (text === undefined || text === '') return undefined;
    try {
      return SETTINGS[name].parse(text) as ReturnType<(typeof SETTINGS)[N]['parse']>;
    } catch (error) {
      throw new Error(`Configuration error: ${name} ${(error as Error).message}`);
    }
  };
  const encryptionKey = read('WEBHOOK_ENCRYPTION_KEY');
  if (nodeEnv === 'production' && encryptionKey === undefined)
    throw new Error(
      'Configuration error: WEBHOOK_ENCRYPTION_KEY is required in production (webhook secrets are sealed with it): `openssl rand -base64 32`',
    );
  return {
    runWorker: read('WEBHOOK_WORKER') ?? true,
    retryScheduleMs:
      read('WEBHOOK_RETRY_SCHEDULE') ??
      SETTINGS.WEBHOOK_RETRY_SCHEDULE.parse(SETTINGS.WEBHOOK_RETRY_SCHEDULE.default),
    timeoutMs: read('WEBHOOK_TIMEOUT_MS') ?? 15_000,
    maxRetryAfterMs: (read('WEBHOOK_MAX_RETRY_AFTER_SECONDS') ?? 3600) * 1000,
    secretGraceSeconds: (read('WEBHOOK_SECRET_GRACE_HOURS') ?? 24) * 3600,
    allowedHosts: read('WEBHOOK_ALLOWED_HOSTS') ?? [],
    encryptionKey,
    requireHttps: nodeEnv === 'production',
    maxInFlightPerEndpoint: read('WEBHOOK_MAX_IN_FLIGHT') ?? 16,
    concurrency: read('WEBHOOK_CONCURRENCY') ?? 64,
    leaseMarginMs: 5_000,
    pollMs: 250,
  };
}
