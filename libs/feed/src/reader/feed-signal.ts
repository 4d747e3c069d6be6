import { ListenWakeups } from '@app/event-store';
import type { ClientConfig } from 'pg';
import { FEED_CHANNEL } from '../sequencer/feed-sequencer.queries';

/**
 * "The feed has new numbers": wakes readers waiting at the head (the SSE stream, webhooks). The
 * sequencer of this process calls `advance` directly; a sequencer in another process reaches us
 * through LISTEN. A signal only says "read again": a lost one costs at most `pollMs`, never an
 * event, because every reader re-reads from its own cursor.
 */
export class FeedSignal {
  private readonly wakeups: ListenWakeups;

  constructor(
    database: ClientConfig | undefined,
    readonly pollMs = 250,
  ) {
    this.wakeups = new ListenWakeups(database, FEED_CHANNEL);
  }

  get current(): number {
    return this.wakeups.generation;
  }

  advance(): void {
    this.wakeups.wakeAll();
  }

  /** Resolves on the first advance after `generation`, after `pollMs`, or when `signal` aborts. */
  wait(generation: number, signal?: AbortSignal, timeoutMs = this.pollMs): Promise<void> {
    return this.wakeups.wait(generation, timeoutMs, signal);
  }

  close(): Promise<void> {
    return this.wakeups.close();
  }
}
