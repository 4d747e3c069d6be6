import { Client, type ClientConfig } from 'pg';
import type { RetryLoopReport } from '@app/database/resilience/retry-loop-log';
import type { EventStore, GlobalPosition } from '@app/event-store';
import type { FeedSequence } from '../sequence/feed-sequence';
import {
  ACQUIRE_LEADERSHIP,
  LAST_SEQUENCED,
  SEQUENCE_BATCH,
  sequenceBatchParams,
} from './feed-sequencer.queries';

export interface FeedSequencerOptions {
  /** The PostgreSQL holding `feed_sequence` (the read-model database). */
  database: ClientConfig;
  /** Events numbered per transaction (default 1000). */
  batchSize?: number;
  /** Wait before trying again after a failure (default 1000 ms). */
  retryDelayMs?: number;
  /** After each committed batch, with the new highest number (wake this process's readers). */
  onSequenced?: (head: FeedSequence, count: number) => void;
  /** This instance became the sequencer (it holds the lock) or stopped being it. */
  onLeadership?: (leading: boolean) => void;
  onError?: (error: unknown) => void;
  /** Told of each failed and each good round (logs an outage once, then its recovery). */
  retryLog?: RetryLoopReport;
}

/**
 * Gives every event of the store its dense feed number, once, after commit, in the store's
 * gap-safe global order (`EventStore.subscribe`: an event that commits late is never passed
 * over). Only one sequencer runs per database: each instance first takes an advisory lock on its
 * own connection and does all its writes on that connection, so a second instance waits on the
 * lock and takes over when the first one's connection ends, whatever the cause.
 *
 * Crash safety: a batch of numbers is one INSERT (one transaction), and the checkpoint is the
 * table itself (resume after the position of the highest number). Killed before the commit, the
 * batch is rolled back and numbered again by the next leader with the same numbers; killed
 * after, it is kept and the next leader resumes after it. Nothing is skipped or numbered twice.
 *
 * The added latency is one subscription wake-up (immediate for appends in this process, a
 * NOTIFY or at most the store's poll interval for others) plus one INSERT; see bench:feed.
 */
export class FeedSequencer {
  private client: Client | undefined;
  private leading = false;

  constructor(
    private readonly store: EventStore,
    private readonly options: FeedSequencerOptions,
  ) {}

  /** Runs until `signal` aborts: waits for the lock, numbers events, and recovers from failures. */
  async run(signal: AbortSignal): Promise<void> {
    const stop = () => void this.client?.end().catch(() => undefined);
    signal.addEventListener('abort', stop, { once: true });
    try {
      while (!signal.aborted) {
        try {
          await this.lead(signal);
          // The subscription ended without a stop (its store closed): do not spin.
          if (!signal.aborted) await delay(this.options.retryDelayMs ?? 1000, signal);
        } catch (error) {
          if (signal.aborted) break;
          this.options.retryLog?.failed(error);
          this.options.onError?.(error);
          await delay(this.options.retryDelayMs ?? 1000, signal);
        } finally {
          await this.release();
        }
      }
    } finally {
      signal.removeEventListener('abort', stop);
    }
  }

  private async lead(signal: AbortSignal): Promise<void> {
    const client = new Client(this.options.database);
    this.client = client;
    client.on('error', () => undefined); // the pending query rejects; run() retries
    await client.connect();
    if (signal.aborted) return;
    await client.query(ACQUIRE_LEADERSHIP); // blocks while another instance leads
    if (signal.aborted) return;
    this.leading = true;
    this.options.onLeadership?.(true);

    const last = await client.query<{ seq: string; position: string }>(LAST_SEQUENCED);
    this.options.retryLog?.succeeded();
    let seq: FeedSequence = last.rows.length ? BigInt(last.rows[0].seq) : 0n;
    const after: GlobalPosition | undefined = last.rows.length
      ? BigInt(last.rows[0].position)
      : undefined;

    const subscription = this.store.subscribe({
      after,
      batchSize: this.options.batchSize ?? 1000,
      signal,
    });
    for await (const events of subscription) {
      const { rows } = await client.query<{ numbered: number }>(
        SEQUENCE_BATCH,
        sequenceBatchParams(seq, events),
      );
      const numbered = rows[0]?.numbered;
      if (numbered !== events.length) {
        throw new Error(
          `feed sequence moved under the sequencer (expected to number ${events.length} events after ${seq}, numbered ${numbered})`,
        );
      }
      seq += BigInt(events.length);
      this.options.onSequenced?.(seq, events.length);
      this.options.retryLog?.succeeded();
    }
  }

  private async release(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    if (this.leading) this.options.onLeadership?.(false);
    this.leading = false;
    await client.end().catch(() => undefined); // ending the session releases the lock
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
