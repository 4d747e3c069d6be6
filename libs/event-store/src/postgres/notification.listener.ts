import { Client, type ClientConfig } from 'pg';
import { MARK_LISTENER } from './event-store.queries';

export const NOTIFY_CHANNEL = 'event_store';

/**
 * One LISTEN connection per store, shared by all its subscriptions. A notification only says
 * "something was appended": subscribers re-query, so a lost notification (reconnect, a writer
 * that crashed after commit) costs at most one poll interval, never an event.
 */
export class NotificationListener {
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private closed = false;
  private wakeups = 0;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly config: ClientConfig) {}

  /** Increments on every notification; compare before and after a read to know if one was missed. */
  get generation(): number {
    return this.wakeups;
  }

  /** Starts listening if not already; failures are swallowed (polling still works). */
  async ensureListening(): Promise<void> {
    if (this.closed || this.client) return;
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    await this.connecting;
  }

  /**
   * Resolves on the first notification after `generation` (at once if one already came), after
   * `timeoutMs`, or when `signal` aborts.
   */
  wait(generation: number, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    if (this.closed || this.wakeups !== generation || signal?.aborted) return Promise.resolve();
    void this.ensureListening();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = undefined;
    this.wakeAll();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client(this.config);
    client.on('notification', () => this.wakeAll());
    const drop = () => {
      if (this.client === client) this.client = undefined;
      void client.end().catch(() => undefined);
      this.wakeAll();
    };
    client.on('error', drop);
    client.on('end', drop);
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      await client.query(MARK_LISTENER); // tells writers someone listens (see AppendNotifier)
      if (this.closed) {
        await client.end();
        return;
      }
      this.client = client;
    } catch {
      await client.end().catch(() => undefined);
    }
  }

  /** Wakes this process's waiting subscriptions without a round trip (our own appends). */
  wakeAll(): void {
    this.wakeups++;
    for (const waiter of [...this.waiters]) waiter();
  }
}
