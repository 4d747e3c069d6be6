import type { ClientConfig } from 'pg';
import { MARK_LISTENER } from './event-store.queries';
import { ListenWakeups } from './listen-wakeups';

export const NOTIFY_CHANNEL = 'event_store';

/**
 * One LISTEN connection per store, shared by all its subscriptions: a notification says
 * "something was appended" and subscribers re-query. Once listening it marks the session, which
 * tells writers someone listens (see AppendNotifier: no NOTIFY when nobody does).
 */
export class NotificationListener extends ListenWakeups {
  constructor(config: ClientConfig) {
    super(config, NOTIFY_CHANNEL, MARK_LISTENER);
  }
}
