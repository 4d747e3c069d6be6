import type { Pool, PoolClient } from 'pg';

/** The advisory-lock class of projection groups ('prj1'); the object is the group's hash. */
const PROJECTION_LOCK_CLASS = 0x70726a31;

/** A held leadership: `lost` aborts if the lock's session ends (its connection died). */
export interface ProjectionLease {
  readonly lost: AbortSignal;
  release(): Promise<void>;
}

/**
 * One runner per projection group leads at a time, whatever the number of processes: each
 * takes a session-level advisory lock on a connection of its own and keeps it while it runs;
 * the others poll for it (every `pollMs`) and one takes over as soon as the leader's session
 * ends — stopped, crashed, killed -9 or cut off (PostgreSQL ends the session, and the lock with
 * it). So a batch is evolved and written by one process, not by all of them racing on the
 * checkpoint (which stays the correctness guard: a batch applied under a lock lost midway
 * still commits only if the checkpoint has not moved).
 */
export class ProjectionLeadership {
  constructor(
    private readonly pool: Pool,
    /** The group's identity: its checkpoint names (order does not matter). */
    names: string[],
    private readonly pollMs = 500,
  ) {
    this.group = [...names].sort().join(',');
  }

  private readonly group: string;

  /** Resolves with the lease once this runner leads, or null if `signal` aborts first. */
  async acquire(signal: AbortSignal): Promise<ProjectionLease | null> {
    while (!signal.aborted) {
      const client = await this.pool.connect();
      let kept = false;
      try {
        const { rows } = await client.query<{ locked: boolean }>(
          'SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked',
          [PROJECTION_LOCK_CLASS, this.group],
        );
        if (rows[0].locked) {
          kept = true;
          return this.lease(client);
        }
      } finally {
        if (!kept) client.release();
      }
      await sleep(this.pollMs, signal);
    }
    return null;
  }

  private lease(client: PoolClient): ProjectionLease {
    const lost = new AbortController();
    // The reason says "connection", so the retry loop logs it as the outage it is (once).
    const drop = (error?: Error) =>
      lost.abort(error ?? new Error('projection leadership lost: Connection terminated'));
    client.on('error', drop);
    client.on('end', drop);
    let released = false;
    return {
      lost: lost.signal,
      release: async () => {
        if (released) return;
        released = true;
        client.off('error', drop);
        client.off('end', drop);
        if (lost.signal.aborted) return client.release(true); // broken: discard it
        try {
          await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [
            PROJECTION_LOCK_CLASS,
            this.group,
          ]);
          client.release();
        } catch (error) {
          client.release(error as Error); // discarded: ending the session releases the lock
        }
      },
    };
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
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
