import { randomInt } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';

/** classid of the advisory locks idempotency claim owners hold (key 1 of the two-key form). */
export const CLAIM_LOCK_NAMESPACE = 0x1de4;

/**
 * Makes "the request holding this key is dead" provable. The process holds a session-level
 * advisory lock (CLAIM_LOCK_NAMESPACE, owner id) on a connection of its own, and every claim it
 * takes records that owner id. PostgreSQL releases the lock the moment the session ends — the
 * process was killed (its socket closes), or the database restarted — so a claim whose owner
 * lock nobody holds belongs to a request that can no longer complete, and a retry may take it
 * over at once instead of waiting STALE_PENDING_SECONDS.
 *
 * Taking over can never run a command twice: the retry's command id derives from the same
 * actor and key (commandIdFor), so its events have the same ids and the store recognises them —
 * the retry answers with what the first attempt wrote, or writes it if it never was.
 *
 * After losing its session the process takes a new owner id (its old claims are then dead, which
 * is true of those whose requests failed with the connection, and harmless for the others).
 */
export class ClaimOwner {
  private client: PoolClient | undefined;
  private id: number | null = null;
  private opening: Promise<number | null> | undefined;
  private closed = false;

  constructor(private readonly pool: Pool) {}

  /** This process's owner id, or null when the database cannot be reached for the lock. */
  current(): Promise<number | null> {
    if (this.id !== null || this.closed) return Promise.resolve(this.id);
    this.opening ??= this.open().finally(() => (this.opening = undefined));
    return this.opening;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.opening;
    this.drop(true);
  }

  private async open(): Promise<number | null> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch {
      return null;
    }
    const id = randomInt(1, 2 ** 31 - 1);
    client.on('error', () => this.drop(new Error('owner lock connection lost'), client));
    try {
      await client.query('SELECT pg_advisory_lock($1, $2)', [CLAIM_LOCK_NAMESPACE, id]);
    } catch (error) {
      client.release(error instanceof Error ? error : true);
      return null;
    }
    if (this.closed) {
      client.release(true);
      return null;
    }
    this.client = client;
    this.id = id;
    return id;
  }

  /** Gives the connection back to the pool, destroyed: the lock goes with its session. */
  private drop(reason: Error | true, which: PoolClient | undefined = this.client): void {
    if (which === undefined || which !== this.client) return;
    this.client = undefined;
    this.id = null;
    which.release(reason);
  }
}
