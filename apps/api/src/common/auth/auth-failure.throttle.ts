/** Failed authentications allowed per client address per window (AUTH_FAILURE_* settings). */
export interface AuthFailureLimits {
  limit: number;
  windowSeconds: number;
}

/** Addresses tracked at once: a flood from many addresses cannot grow memory without bound. */
const MAX_CLIENTS = 10_000;

/**
 * Repeated wrong API keys from one client address: after `limit` failures within
 * `windowSeconds`, that address gets 429 with Retry-After until the oldest failure leaves the
 * window — guessing keys becomes slow, and a client with a stale key stops hammering. Only
 * wrong keys count (a missing key is a mistake, not a guess). In memory, per process: enough to
 * slow one attacker down; a fleet behind a load balancer rate-limits at its edge as well.
 */
export class AuthFailureThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: AuthFailureLimits,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Seconds until `client` may try again, or 0 when it may try now. */
  retryAfter(client: string): number {
    const recent = this.recent(client);
    if (recent.length < this.limits.limit) return 0;
    const oldest = recent[recent.length - this.limits.limit];
    return Math.max(1, Math.ceil((oldest + this.limits.windowSeconds * 1000 - this.now()) / 1000));
  }

  recordFailure(client: string): void {
    const recent = this.recent(client);
    recent.push(this.now());
    if (recent.length > this.limits.limit) recent.splice(0, recent.length - this.limits.limit);
    this.failures.delete(client); // re-insert: the map's order is least recently failed first
    this.failures.set(client, recent);
    if (this.failures.size > MAX_CLIENTS) {
      this.failures.delete(this.failures.keys().next().value as string);
    }
  }

  private recent(client: string): number[] {
    const since = this.now() - this.limits.windowSeconds * 1000;
    const kept = (this.failures.get(client) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.failures.delete(client);
    else this.failures.set(client, kept);
    return kept;
  }
}

/** DI token; AppModule provides one from the configuration. */
export const AUTH_FAILURE_THROTTLE = Symbol('AUTH_FAILURE_THROTTLE');

export const DEFAULT_AUTH_FAILURE_LIMITS: AuthFailureLimits = { limit: 10, windowSeconds: 60 };
