import type { KeyObject } from 'node:crypto';
import type { Pool } from 'pg';
import { inTransaction } from '@app/database/pg-transaction';
import type { RetryLoopReport } from '@app/database/resilience/retry-loop-log';
import type { CloudEventOptions, FeedReader, FeedSignal, SequencedEvent } from '@app/feed';
// Narrow import: the worker process (scripts/webhook-worker.ts) stays free of Nest and TypeORM.
import { toCloudEvent } from '@app/feed/cloudevents/to-cloud-event';
import { HttpSender, type SendResult } from '../delivery/http-sender';
import { classify, nextDelay, parseRetryAfter } from '../delivery/retry-schedule';
import { AddressPolicy } from '../safety/address-policy';
import { SecretBox } from '../signing/secret-box';
import { privateKeyFromPem, webhookHeaders } from '../signing/webhook-signing';
import { activeSecrets } from '../store/webhook-endpoint';
import type { WebhookConfig } from '../webhooks.config';
import {
  ADVANCE_ENDPOINT,
  CLAIM_LANE_HEADS,
  CURSORS_BEHIND,
  ENQUEUE_MESSAGES,
  LOCK_ENDPOINTS_AT,
  RECORD_ATTEMPT,
  type Claimed,
  type EndpointCursor,
} from './webhook-worker.queries';

/** Serialises claims among all workers (they read lanes and in-flight counts, then claim). */
export const WEBHOOK_CLAIM_LOCK_KEY = 0x77686b31; // 'whk1'

const FAN_OUT_PAGE = 1000;

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
    const { rows: behind } = await this.pool.query<{ enqueued_upto: string }>(CURSORS_BEHIND, [
      head.toString(),
    ]);
    if (behind.length === 0) return false;
    const pages = new Map<string, { events: SequencedEvent[]; upTo: bigint }>();
    for (const { enqueued_upto: after } of behind) {
      const page = await this.reader.read({ after: BigInt(after), limit: FAN_OUT_PAGE });
      pages.set(after, { events: page.events, upTo: page.lookedUpTo });
    }
    return inTransaction(this.pool, async (client) => {
      let more = false;
      const { rows } = await client.query<EndpointCursor>(LOCK_ENDPOINTS_AT, [[...pages.keys()]]);
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
          await client.query(ENQUEUE_MESSAGES, [
            endpoint.id,
            matching.map((ce) => BigInt(ce.sequence).toString()),
            matching.map((ce) => ce.subject),
            matching.map((ce) => ce.id),
            matching.map((ce) => ce.type),
            matching.map((ce) => JSON.stringify(ce)),
          ]);
        await client.query(ADVANCE_ENDPOINT, [endpoint.id, page.upTo.toString()]);
      }
      return more;
    });
  }

  /**
   * Claims up to `limit` lane heads that are due (or whose lease expired: their worker died),
   * at most `ramp_limit` in flight per endpoint. A lane whose head is dead-lettered waits.
   */
  async claim(limit: number): Promise<Claimed[]> {
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [WEBHOOK_CLAIM_LOCK_KEY]);
      const leaseMs = this.config.timeoutMs + this.config.leaseMarginMs;
      return (await client.query<Claimed>(CLAIM_LANE_HEADS, [limit, leaseMs])).rows;
    });
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
    await this.pool.query(RECORD_ATTEMPT, [
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
    ]);
    this.hooks.onAttempt?.(message.endpoint_id, BigInt(message.seq), outcome);
  }
}
