import type { Pool } from 'pg';
import { CLAIM_LOCK_NAMESPACE } from './claim-owner';

export interface IdempotencyRecord {
  methodPath: string;
  requestHash: string;
  /** null while the first request is still running. */
  status: number | null;
  response: unknown;
  responseHeaders: Record<string, string> | null;
  completed: boolean;
}

interface Row {
  method_path: string;
  request_hash: string;
  status: number | null;
  response: unknown;
  response_headers: Record<string, string> | null;
  completed: boolean;
}

/** SQL for the idempotency_keys table (see CreateIdempotencyKeys). */
export class IdempotencyRepository {
  constructor(private readonly pool: Pool) {}

  /**
   * Claims the key for this request: true when we inserted it, or took over a pending row for
   * the same request whose request provably ended without an outcome:
   * - its owner's advisory lock is not held: the owning process died or lost its session
   *   (ClaimOwner);
   * - it is ours (`owner`) and `notRunningHere`: this process is not running it, so it ended
   *   with a failure whose release did not reach the database;
   * - it is older than `staleAfterSeconds` (claims without an owner, from before owners).
   */
  async claim(
    actor: string,
    key: string,
    methodPath: string,
    hash: string,
    staleAfterSeconds: number,
    owner: number | null = null,
    notRunningHere = false,
  ): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO idempotency_keys AS k (actor, key, method_path, request_hash, owner)
       VALUES ($1, $2, $3, $4, $6)
       ON CONFLICT (actor, key) DO UPDATE SET created_at = now(), owner = EXCLUDED.owner
         WHERE k.completed_at IS NULL
           AND k.request_hash = EXCLUDED.request_hash
           AND (k.created_at < now() - make_interval(secs => $5)
             OR (k.owner = $6 AND $7::boolean)
             OR (k.owner IS NOT NULL AND k.owner IS DISTINCT FROM $6 AND NOT EXISTS (
                   SELECT 1 FROM pg_locks l
                    WHERE l.locktype = 'advisory' AND l.classid = $8::int::oid
                      AND l.objid = k.owner::oid AND l.objsubid = 2 AND l.granted)))`,
      [
        actor,
        key,
        methodPath,
        hash,
        staleAfterSeconds,
        owner,
        notRunningHere,
        CLAIM_LOCK_NAMESPACE,
      ],
    );
    return rowCount === 1;
  }

  async find(actor: string, key: string): Promise<IdempotencyRecord | null> {
    const { rows } = await this.pool.query<Row>(
      `SELECT method_path, request_hash, status, response, response_headers, completed_at IS NOT NULL AS completed
         FROM idempotency_keys WHERE actor = $1 AND key = $2`,
      [actor, key],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      methodPath: row.method_path,
      requestHash: row.request_hash,
      status: row.status,
      response: row.response,
      responseHeaders: row.response_headers,
      completed: row.completed,
    };
  }

  async complete(
    actor: string,
    key: string,
    status: number,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<void> {
    // Stringified here: pg would turn a top-level JS array into a PostgreSQL array, not JSON.
    await this.pool.query(
      `UPDATE idempotency_keys
          SET status = $3, response = $4::jsonb, response_headers = $5::jsonb, completed_at = now()
        WHERE actor = $1 AND key = $2 AND completed_at IS NULL`,
      [actor, key, status, JSON.stringify(body ?? null), JSON.stringify(headers)],
    );
  }

  /**
   * Forgets our pending claim so the client can retry with the same key (a claim another
   * request has taken over since is not ours to forget).
   */
  async release(actor: string, key: string, owner: number | null = null): Promise<void> {
    await this.pool.query(
      `DELETE FROM idempotency_keys
        WHERE actor = $1 AND key = $2 AND completed_at IS NULL AND owner IS NOT DISTINCT FROM $3`,
      [actor, key, owner],
    );
  }
}
