/** A receiver of webhooks, as its owner sees it (never a secret or private key). */
export interface WebhookEndpoint {
  id: string;
  /** The API key name that created it; the integration role manages only its own. */
  owner: string;
  url: string;
  /** CloudEvents types delivered; null: every type. */
  eventTypes: string[] | null;
  /** Contract ids delivered; null: every contract. */
  contracts: string[] | null;
  description: string;
  enabled: boolean;
  /** `whpk_…`: verifies the `v1a` (Ed25519) signatures. */
  publicKey: string;
  /** Secrets currently signing `v1` (2 during a rotation's grace period), with their end. */
  secrets: { createdAt: string; expiresAt: string | null }[];
  /** Every feed sequence up to here was looked at for this endpoint. */
  enqueuedUpTo: string;
  health: WebhookHealth;
  createdAt: string;
  updatedAt: string;
}

/**
 * Health of an endpoint (the feed carries contract events only, so an endpoint's failing and
 * disabled states are shown here rather than as feed events).
 */
export interface WebhookHealth {
  state: 'healthy' | 'failing' | 'disabled';
  consecutiveFailures: number;
  /** Deliveries allowed in flight now: 1 after a failure, doubling with each success. */
  inFlightLimit: number;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastError: string | null;
  disabledAt: string | null;
  disabledReason: string | null;
  /** Messages waiting (pending or being delivered) and dead-lettered. */
  pending: number;
  deadLetters: number;
}

export interface SealedSecret {
  sealed: string;
  createdAt: string;
  expiresAt: string | null;
}

export interface EndpointRow {
  id: string;
  owner: string;
  url: string;
  event_types: string[] | null;
  contracts: string[] | null;
  description: string;
  enabled: boolean;
  secrets: SealedSecret[];
  signing_private_key: string;
  signing_public_key: string;
  enqueued_upto: string;
  ramp_limit: number;
  consecutive_failures: number;
  last_success_at: Date | null;
  last_failure_at: Date | null;
  last_error: string | null;
  disabled_at: Date | null;
  disabled_reason: string | null;
  created_at: Date;
  updated_at: Date;
  pending?: string;
  dead?: string;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function toEndpoint(row: EndpointRow, now = new Date()): WebhookEndpoint {
  const state = !row.enabled ? 'disabled' : row.consecutive_failures > 0 ? 'failing' : 'healthy';
  return {
    id: row.id,
    owner: row.owner,
    url: row.url,
    eventTypes: row.event_types,
    contracts: row.contracts,
    description: row.description,
    enabled: row.enabled,
    publicKey: row.signing_public_key,
    secrets: activeSecrets(row.secrets, now).map(({ createdAt, expiresAt }) => ({
      createdAt,
      expiresAt,
    })),
    enqueuedUpTo: row.enqueued_upto,
    health: {
      state,
      consecutiveFailures: row.consecutive_failures,
      inFlightLimit: row.ramp_limit,
      lastSuccessAt: iso(row.last_success_at),
      lastFailureAt: iso(row.last_failure_at),
      lastError: row.last_error,
      disabledAt: iso(row.disabled_at),
      disabledReason: row.disabled_reason,
      pending: Number(row.pending ?? 0),
      deadLetters: Number(row.dead ?? 0),
    },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The secrets still signing at `now`, newest first. */
export function activeSecrets(secrets: SealedSecret[], now: Date): SealedSecret[] {
  return secrets.filter((s) => s.expiresAt === null || Date.parse(s.expiresAt) > now.getTime());
}
