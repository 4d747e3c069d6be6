import { Client, type ClientConfig } from 'pg';

/**
 * Wake-ups from a PostgreSQL LISTEN channel, shared by everything in a process that waits for
 * "there is more to read" (the store's subscriptions, the event feed's readers). A wake-up only
 * says "read again": whoever waits re-reads from its own cursor, so a lost notification (a
 * reconnect, a writer that crashed after commit) costs at most one wait's timeout, never an event.
 * The LISTEN connection is opened on the first wait and dropped on any error (polling goes on);
 * without a connection config it only polls and is woken by `wakeAll`.
 */
export class ListenWakeups {
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private closed = false;
  private wakeups = 0;
  private readonly waiters = new Set<() => void>();

  /** `onListen`: a statement run once listening (e.g. telling writers that someone listens). */
  constructor(
    private readonly config: ClientConfig | undefined,
    private readonly channel: string,
    private readonly onListen?: string,
  ) {}

  /** Increments on every wake-up; compare before and after a read to know if one was missed. */
  get generation(): number {
    return this.wakeups;
  }

  /** Starts listening if not already; failures are swallowed (polling still works). */
  async ensureListening(): Promise<void> {
    if (this.closed || this.client || !this.config) return;
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    await this.connecting;
  }

  /**
   * Resolves on the first wake-up after `generation` (at once if one already came), after
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

  /** Wakes this process's waiters without a round trip (what this process itself wrote). */
  wakeAll(): void {
    this.wakeups++;
    for (const waiter of [...this.waiters]) waiter();
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
      await client.query(`LISTEN ${this.channel}`);
      if (this.onListen) await client.query(this.onListen);
      if (this.closed) {
        await client.end();
        return;
      }
      this.client = client;
    } catch {
      await client.end().catch(() => undefined);
    }
  }
}
