import type {
  GlobalPosition,
  RecordedEvent,
  SubscribeOptions,
  SubscriptionFilter,
} from '../event-store.port';
import type { NotificationListener } from './notification.listener';

export interface SubscriptionPage {
  events: RecordedEvent[];
  /**
   * Exclusive bound of the settled range the page was read from, when the read reports it
   * (filtered reads do, so that the cursor can skip what the filter left out).
   */
  settledBefore?: GlobalPosition;
}

export interface SubscriptionSource {
  readPage(
    after: GlobalPosition,
    limit: number,
    filter?: SubscriptionFilter,
  ): Promise<SubscriptionPage>;
  listener: NotificationListener;
  pollIntervalMs: number;
  /** A closed store ends its subscriptions (after any read in flight) instead of failing them. */
  isClosed(): boolean;
}

export const DEFAULT_BATCH_SIZE = 500;

interface PendingRead {
  /** Notification count when the read was sent: a later notification means "read again". */
  generation: number;
  page: Promise<SubscriptionPage>;
}

/**
 * Catch-up and live are the same loop: read the next page of the settled range; when the page is
 * not full we are at the end, so wait for a notification or the poll interval. While catching up,
 * the next page is requested before the current one is handed over, so the database works while
 * the consumer does. A filtered page that is not full covered the whole settled range, so the
 * cursor jumps to its end even if nothing matched — a filtered subscription does not rescan what
 * it skipped. Read errors end the iteration with the error; the consumer resumes from its
 * checkpoint.
 */
export async function* pollSubscription(
  source: SubscriptionSource,
  options: SubscribeOptions = {},
): AsyncGenerator<RecordedEvent[], void, undefined> {
  const { signal, filter } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError('batchSize must be a positive integer');
  const { listener } = source;
  const read = (after: GlobalPosition): PendingRead => ({
    generation: listener.generation,
    page: source.readPage(after, batchSize, filter),
  });
  let cursor: GlobalPosition = options.after ?? -1n;
  let prefetched: PendingRead | undefined;
  await listener.ensureListening();
  try {
    while (!signal?.aborted && !source.isClosed()) {
      const pending = prefetched ?? read(cursor);
      prefetched = undefined;
      let page: SubscriptionPage;
      try {
        page = await pending.page;
      } catch (error) {
        if (source.isClosed()) return; // the pool closed under a read
        throw error;
      }
      if (signal?.aborted || source.isClosed()) return;
      const full = page.events.length === batchSize;
      if (page.events.length > 0) cursor = page.events[page.events.length - 1].position;
      if (!full && page.settledBefore !== undefined && page.settledBefore - 1n > cursor) {
        cursor = page.settledBefore - 1n;
      }
      if (full && !source.isClosed()) prefetched = read(cursor);
      if (page.events.length > 0) yield page.events;
      if (!full) await listener.wait(pending.generation, source.pollIntervalMs, signal);
    }
  } finally {
    // A read still in flight when the consumer stops: nobody will await it.
    prefetched?.page.catch(() => undefined);
  }
}
