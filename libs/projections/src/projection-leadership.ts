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
export interface LeadershipTiming {
  /** How often a waiting runner tries to take the lead (default 500 ms). */
  pollMs?: number;
  /** How often the leader proves it is alive on its lock's session (default 5 s). */
  heartbeatMs?: number;
  /**
   * The server ends the lock's session after this long without a heartbeat (PostgreSQL's
   * idle_session_timeout, default 20 s): a leader that is frozen (SIGSTOP, a stalled VM) rather
   * than dead loses the lead instead of holding it forever; when it wakes, its lease is lost.
   */
  sessionTimeoutMs?: number;
}

export class ProjectionLeadership {
  private readonly group: string;
  private readonly pollMs: number;
  private readonly heartbeatMs: number;
  private readonly sessionTimeoutMs: number;

  constructor(
    private readonly pool: Pool,
    /** The group's identity: its checkpoint names (order does not matter). */
    names: string[],
    timing: LeadershipTiming = {},
  ) {
    this.group = [...names].sort().join(',');
    this.pollMs = timing.pollMs ?? 500;
    this.heartbeatMs = timing.heartbeatMs ?? 5_000;
    this.sessionTimeoutMs = timing.sessionTimeoutMs ?? 20_000;
  }

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
          await client.query(`SET idle_session_timeout = ${Math.round(this.sessionTimeoutMs)}`);
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
    const heartbeat = setInterval(() => {
      client.query('SELECT 1').catch((error: Error) => drop(error));
    }, this.heartbeatMs);
    heartbeat.unref();
    let released = false;
    return {
      lost: lost.signal,
      release: async () => {
        if (released) return;
        released = true;
        clearInterval(heartbeat);
        client.off('error', drop);
        client.off('end', drop);
        // Discarded, not pooled: ending the session releases the lock, and the session's
        // idle timeout must not follow the connection back into the pool.
        client.release(true);
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
