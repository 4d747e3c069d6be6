import {
  START,
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type EventStoreDBClient,
  type Filter,
} from '@eventstore/db-client';
import type { RecordedEvent, SubscribeOptions, SubscriptionFilter } from '../event-store.port';
import { isSystemEvent, toReadPosition, toRecordedEvent } from './eventstoredb-event.mapper';

const DEFAULT_BATCH_SIZE = 100;

/**
 * The server filters on one dimension only (stream name or event type), so stream prefixes go to
 * the server when given and everything else is re-checked here by `matchesFilter`.
 */
export function toServerFilter(filter: SubscriptionFilter | undefined): Filter {
  if (filter?.streamPrefixes?.length) return streamNameFilter({ prefixes: filter.streamPrefixes });
  if (filter?.eventTypes?.length) {
    // A regex, not `prefixes`: a prefix filter would also let `ContractSignedV2` through for `ContractSigned`.
    return eventTypeFilter({ regex: `^(?:${filter.eventTypes.map(escapeRegex).join('|')})$` });
  }
  return excludeSystemEvents();
}

export function matchesFilter(
  event: { streamId: string; type: string },
  filter: SubscriptionFilter | undefined,
): boolean {
  if (isSystemEvent(event)) return false;
  if (
    filter?.streamPrefixes?.length &&
    !filter.streamPrefixes.some((p) => event.streamId.startsWith(p))
  ) {
    return false;
  }
  return !filter?.eventTypes?.length || filter.eventTypes.includes(event.type);
}

/**
 * Catch-up then live subscription to $all. Batches are flushed as soon as the client has nothing
 * more buffered, so a live event is handed over at once instead of waiting for a full batch.
 */
export async function* subscribeToLedger(
  client: EventStoreDBClient,
  options: SubscribeOptions,
): AsyncGenerator<RecordedEvent[], void, undefined> {
  const { after, filter, signal } = options;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  if (signal?.aborted) return;

  const subscription = client.subscribeToAll({
    fromPosition: after === undefined ? START : toReadPosition(after),
    filter: toServerFilter(filter),
  });
  const iterator = subscription[Symbol.asyncIterator]();
  // Racing the pending read against the signal: an idle live subscription would otherwise only
  // notice the abort when the next event arrives, which may be never.
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<IteratorReturnResult<undefined>>((resolve) => {
    onAbort = () => resolve({ done: true, value: undefined });
    signal?.addEventListener('abort', onAbort, { once: true });
  });

  let batch: RecordedEvent[] = [];
  try {
    for (;;) {
      const next: IteratorResult<AllStreamResolvedEvent> = await Promise.race([
        iterator.next(),
        aborted,
      ]);
      if (next.done || signal?.aborted) return;
      const event = next.value.event;
      // The start position is exclusive for subscriptions; the check guards against a server that
      // treats it inclusively, which would hand the consumer its checkpoint event twice.
      if (
        event &&
        (after === undefined || event.position.commit > after) &&
        matchesFilter(event, filter)
      ) {
        batch.push(toRecordedEvent(next.value));
      }
      if (batch.length > 0 && (batch.length >= batchSize || subscription.readableLength === 0)) {
        const ready = batch;
        batch = [];
        yield ready;
        if (signal?.aborted) return;
      }
    }
  } finally {
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    // Late errors from the cancelled call must not surface as an unhandled 'error' event.
    subscription.on('error', () => undefined);
    await subscription.unsubscribe().catch(() => undefined);
    subscription.destroy();
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
