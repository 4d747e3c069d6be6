import { Client, type ClientConfig } from 'pg';
import { FEED_CHANNEL } from '../sequencer/feed-sequencer.queries';

/**
 * "The feed has new numbers": wakes readers waiting at the head (the SSE stream, webhooks). The
 * sequencer of this process calls `advance` directly; a sequencer in another process reaches us
 * through LISTEN. A signal only says "read again": a lost one costs at most `pollMs`, never an
 * event, because every reader re-reads from its own cursor.
 */
export class FeedSignal {
  private generation = 0;
  private readonly waiters = new Set<() => void>();
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly database: ClientConfig | undefined,
    readonly pollMs = 250,
  ) {}

  get current(): number {
    return this.generation;
  }

  advance(): void {
    this.generation++;
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Resolves on the first advance after `generation`, after `pollMs`, or when `signal` aborts. */
  wait(generation: number, signal?: AbortSignal, timeoutMs = this.pollMs): Promise<void> {
    if (this.closed || generation !== this.generation || signal?.aborted) return Promise.resolve();
    void this.listen();
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
    this.advance();
    await client?.end().catch(() => undefined);
  }

  /** Starts listening if not already; a failure leaves polling, which still works. */
  private listen(): Promise<void> {
    if (this.closed || this.client || !this.database) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client(this.database);
    client.on('notification', () => this.advance());
    const drop = () => {
      if (this.client === client) this.client = undefined;
      void client.end().catch(() => undefined);
    };
    client.on('error', drop);
    client.on('end', drop);
    try {
      await client.connect();
      await client.query(`LISTEN ${FEED_CHANNEL}`);
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
