import type { KeyObject } from 'node:crypto';
import type { Pool } from 'pg';
import type { RetryLoopReport } from '@app/database/resilience/retry-loop-log';
import type { CloudEventOptions, FeedReader, FeedSignal, SequencedEvent } from '@app/feed';
// Narrow import: the worker process (scripts/webhook-worker.ts) stays free of Nest and TypeORM.
import { toCloudEvent } from '@app/feed/cloudevents/to-cloud-event';
import { HttpSender, type SendResult } from '../delivery/http-sender';
import { classify, nextDelay, parseRetryAfter } from '../delivery/retry-schedule';
import { AddressPolicy } from '../safety/address-policy';
import { SecretBox } from '../signing/secret-box';
import { privateKeyFromPem, webhookHeaders } from '../signing/webhook-signing';
import { activeSecrets, type SealedSecret } from '../store/webhook-endpoint';
import type { WebhookConfig } from '../webhooks.config';

/** Serialises claims among all workers (they read lanes and in-flight counts, then claim). */
export const WEBHOOK_CLAIM_LOCK_KEY = 0x77686b31; // 'whk1'

const FAN_OUT_PAGE = 1000;

interface Claimed {
  endpoint_id: string;
  seq: string;
  webhook_id: string;
  body: string;
  attempts: number;
  lease_token: string;
  url: string;
  secrets: SealedSecret[];
  signing_private_key: string;
  updated_at: Date;
}

export interface WebhookWorkerHooks {
  onError?(error: unknown): void;
  /** Told of each failed and each good round (logs an outage once, then its recovery). */
  retryLog?: RetryLoopReport;
  /** Called after each attempt (tests, metrics). */
  onAttempt?(endpointId: string, seq: bigint, outcome: string): void;
}

/**
 * The delivery worker. Each round: fan the feed out into the endpoints' messages (under each
 * endpoint's row lock), claim ready lane heads (under one advisory lock: at most one unfinished
 * message per (endpoint, contract) is in flight, and no more per endpoint than its ramp
 * allows), send them, record each outcome. Several workers, in one or many processes, share
 * the work; a worker killed at any point leaves either committed state or an expiring lease.
 */
export class WebhookWorker {
  private readonly sender: HttpSender;
  private readonly box: SecretBox;
  private readonly keys = new Map<string, { version: number; key: KeyObject }>();
  private readonly inFlight = new Set<Promise<void>>();
  private wakeUp: (() => void) | undefined;
  private lastFanOutGeneration = -1;
  private lastFanOutAt = 0;

  constructor(
    private readonly pool: Pool,
    private readonly reader: FeedReader,
    private readonly signal: FeedSignal | undefined,
    private readonly config: WebhookConfig,
    private readonly cloudEvents: CloudEventOptions,
    private readonly hooks: WebhookWorkerHooks = {},
  ) {
    this.sender = new HttpSender(new AddressPolicy(config.allowedHosts), config.timeoutMs);
    this.box = SecretBox.withKey(config.encryptionKey);
  }

  async run(abort: AbortSignal): Promise<void> {
    while (!abort.aborted) {
      const generation = this.signal?.current ?? 0;
      try {
        await this.fanOutIfNeeded(generation);
        const room = this.config.concurrency - this.inFlight.size;
        if (room > 0) for (const message of await this.claim(room)) this.start(message);
        this.hooks.retryLog?.succeeded();
      } catch (error) {
        this.failed(error);
      }
      await this.waitForWork(abort, generation);
    }
    await Promise.allSettled([...this.inFlight]);
    this.sender.close();
  }

  private start(message: Claimed): void {
    const job: Promise<void> = this.deliver(message)
      .catch((error) => this.failed(error))
      .finally(() => {
        this.inFlight.delete(job);
        this.wakeUp?.();
      });
    this.inFlight.add(job);
  }

  private failed(error: unknown): void {
    this.hooks.retryLog?.failed(error);
    this.hooks.onError?.(error);
  }

  /** Until the feed advances, a delivery ends, `pollMs` passes (retries due) or abort. */
  private async waitForWork(abort: AbortSignal, generation: number): Promise<void> {
    if (abort.aborted) return;
    let wake!: () => void;
    const woken = new Promise<void>((resolve) => (wake = resolve));
    this.wakeUp = wake;
    const timer = setTimeout(wake, this.config.pollMs);
    abort.addEventListener('abort', wake, { once: true });
    const feedWait = new AbortController();
    await Promise.race([
      woken,
      this.signal ? this.signal.wait(generation, feedWait.signal, this.config.pollMs) : woken,
    ]);
    feedWait.abort();
    clearTimeout(timer);
    abort.removeEventListener('abort', wake);
    this.wakeUp = undefined;
    // Let completions that arrive together be claimed together.
    await new Promise((r) => setTimeout(r, 2));
  }

  private async fanOutIfNeeded(generation: number): Promise<void> {
    const due = Date.now() - this.lastFanOutAt >= this.config.pollMs;
    if (!due && generation === this.lastFanOutGeneration && this.signal) return;
    this.lastFanOutGeneration = generation;
    this.lastFanOutAt = Date.now();
    while (await this.fanOut()) {
      /* another page */
    }
  }

  /**
   * Enqueues the feed's next events for every enabled endpoint behind the head. Returns true when
   * some endpoint got a full page (more may follow).
   */
  async fanOut(): Promise<boolean> {
    const head = await this.reader.head();
    // The pages are read before any lock is taken: a transaction holding endpoint rows must never
    // wait for a pool connection that deliveries, blocked on those rows, are holding.
    const { rows: behind } = await this.pool.query<{ enqueued_upto: string }>(
      `SELECT DISTINCT enqueued_upto FROM webhook_endpoints WHERE enabled AND enqueued_upto < $1`,
      [head.toString()],
    );
    if (behind.length === 0) return false;
    const pages = new Map<string, { events: SequencedEvent[]; upTo: bigint }>();
    for (const { enqueued_upto: after } of behind) {
      const page = await this.reader.read({ after: BigInt(after), limit: FAN_OUT_PAGE });
      pages.set(after, { events: page.events, upTo: page.lookedUpTo });
    }
    const client = await this.pool.connect();
    let more = false;
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{
        id: string;
        event_types: string[] | null;
        contracts: string[] | null;
        enqueued_upto: string;
      }>(
        `SELECT id, event_types, contracts, enqueued_upto FROM webhook_endpoints
         WHERE enabled AND enqueued_upto = ANY ($1::bigint[]) ORDER BY id FOR UPDATE SKIP LOCKED`,
        [[...pages.keys()]],
      );
      for (const endpoint of rows) {
        const page = pages.get(endpoint.enqueued_upto);
        if (!page) continue; // moved meanwhile (another worker, a replay): next round
        if (page.upTo < head) more = true;
        const matching = page.events
          .map(({ event, seq }) => toCloudEvent(event, seq, this.cloudEvents))
          .filter(
            (ce) =>
              (endpoint.event_types === null || endpoint.event_types.includes(ce.type)) &&
              (endpoint.contracts === null || endpoint.contracts.includes(ce.subject)),
          );
        if (matching.length > 0)
          await client.query(
            `INSERT INTO webhook_messages (endpoint_id, seq, contract, webhook_id, event_type, body)
             SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[])
             ON CONFLICT DO NOTHING`,
            [
              endpoint.id,
              matching.map((ce) => BigInt(ce.sequence).toString()),
              matching.map((ce) => ce.subject),
              matching.map((ce) => ce.id),
              matching.map((ce) => ce.type),
              matching.map((ce) => JSON.stringify(ce)),
            ],
          );
        await client.query(`UPDATE webhook_endpoints SET enqueued_upto = $2 WHERE id = $1`, [
          endpoint.id,
          page.upTo.toString(),
        ]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    return more;
  }

  /**
   * Claims up to `limit` lane heads that are due (or whose lease expired: their worker died),
   * at most `ramp_limit` in flight per endpoint. A lane whose head is dead-lettered waits.
   */
  async claim(limit: number): Promise<Claimed[]> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [WEBHOOK_CLAIM_LOCK_KEY]);
      const { rows } = await client.query<Claimed>(
        `WITH lanes AS (
           SELECT DISTINCT ON (endpoint_id, contract) endpoint_id, seq, status, next_attempt_at,
             lease_until
           FROM webhook_messages WHERE status IN ('pending', 'delivering', 'dead')
           ORDER BY endpoint_id, contract, seq
         ), busy AS (
           SELECT endpoint_id, count(*) AS n FROM lanes
           WHERE status = 'delivering' AND lease_until > now() GROUP BY endpoint_id
         ), ready AS (
           SELECT l.endpoint_id, l.seq, e.ramp_limit - coalesce(b.n, 0) AS room,
             row_number() OVER (PARTITION BY l.endpoint_id ORDER BY l.next_attempt_at, l.seq) AS rn
           FROM lanes l
           JOIN webhook_endpoints e ON e.id = l.endpoint_id AND e.enabled
           LEFT JOIN busy b ON b.endpoint_id = l.endpoint_id
           WHERE (l.status = 'pending' AND l.next_attempt_at <= now())
              OR (l.status = 'delivering' AND l.lease_until <= now())
         ), picked AS (
           SELECT endpoint_id, seq FROM ready WHERE rn <= room ORDER BY rn, seq LIMIT $1
         )
         UPDATE webhook_messages m SET status = 'delivering', attempts = m.attempts + 1,
           lease_until = now() + $2 * interval '1 millisecond', lease_token = gen_random_uuid()
         FROM picked p, webhook_endpoints e
         WHERE m.endpoint_id = p.endpoint_id AND m.seq = p.seq AND e.id = m.endpoint_id
         RETURNING m.endpoint_id, m.seq, m.webhook_id, m.body, m.attempts, m.lease_token,
           e.url, e.secrets, e.signing_private_key, e.updated_at`,
        [limit, this.config.timeoutMs + this.config.leaseMarginMs],
      );
      await client.query('COMMIT');
      return rows;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private privateKey(message: Claimed): KeyObject {
    const cached = this.keys.get(message.endpoint_id);
    if (cached && cached.version === message.updated_at.getTime()) return cached.key;
    const key = privateKeyFromPem(this.box.open(message.signing_private_key));
    this.keys.set(message.endpoint_id, { version: message.updated_at.getTime(), key });
    return key;
  }

  private async deliver(message: Claimed): Promise<void> {
    const startedAt = new Date();
    const secrets = activeSecrets(message.secrets, startedAt).map((s) => this.box.open(s.sealed));
    const headers = webhookHeaders(
      message.webhook_id,
      Math.floor(startedAt.getTime() / 1000),
      message.body,
      secrets,
      this.privateKey(message),
    );
    const result = await this.sender.send(message.url, headers, message.body);
    await this.record(message, startedAt, result);
  }

  /** The attempt, the message's next state and the endpoint's health, in one statement. */
  private async record(message: Claimed, startedAt: Date, result: SendResult): Promise<void> {
    const outcome = classify(result.statusCode);
    let status: 'delivered' | 'pending' | 'dead' = 'delivered';
    let delayMs = 0;
    if (outcome === 'gone') status = 'pending';
    else if (outcome !== 'delivered') {
      const delay = nextDelay(
        this.config.retryScheduleMs,
        message.attempts,
        parseRetryAfter(result.retryAfter),
        this.config.maxRetryAfterMs,
      );
      status = delay === null ? 'dead' : 'pending';
      delayMs = delay ?? 0;
    }
    const error =
      result.error ?? (outcome === 'delivered' ? null : `HTTP ${result.statusCode ?? '?'}`);
    await this.pool.query(
      `WITH m AS (
         UPDATE webhook_messages SET status = $4, lease_until = NULL, lease_token = NULL,
           next_attempt_at = now() + $5 * interval '1 millisecond',
           last_status_code = $6, last_error = $7, last_latency_ms = $8,
           delivered_at = CASE WHEN $4 = 'delivered' THEN now() END
         WHERE endpoint_id = $1 AND seq = $2 AND lease_token = $3
       ), a AS (
         INSERT INTO webhook_attempts (endpoint_id, seq, attempt, started_at, latency_ms,
           status_code, outcome, error)
         VALUES ($1, $2, $9, $10, $8, $6, $11, $7)
       )
       UPDATE webhook_endpoints SET
         consecutive_failures = CASE WHEN $11 = 'delivered' THEN 0 ELSE consecutive_failures + 1 END,
         ramp_limit = CASE WHEN $11 = 'delivered' THEN least(ramp_limit * 2, $12) ELSE 1 END,
         last_success_at = CASE WHEN $11 = 'delivered' THEN now() ELSE last_success_at END,
         last_failure_at = CASE WHEN $11 = 'delivered' THEN last_failure_at ELSE now() END,
         last_error = CASE WHEN $11 = 'delivered' THEN last_error ELSE $7 END,
         enabled = enabled AND $11 <> 'gone',
         disabled_at = CASE WHEN $11 = 'gone' THEN now() ELSE disabled_at END,
         disabled_reason = CASE WHEN $11 = 'gone' THEN 'the receiver answered 410 Gone'
                                ELSE disabled_reason END
       WHERE id = $1`,
      [
        message.endpoint_id,
        message.seq,
        message.lease_token,
        status,
        delayMs,
        result.statusCode ?? null,
        error,
        result.latencyMs,
        message.attempts,
        startedAt,
        outcome,
        this.config.maxInFlightPerEndpoint,
      ],
    );
    this.hooks.onAttempt?.(message.endpoint_id, BigInt(message.seq), outcome);
  }
}
