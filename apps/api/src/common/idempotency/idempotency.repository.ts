import type { Pool } from 'pg';

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
   * the same request abandoned for `staleAfterSeconds` (its process died mid-request, so no one
   * would ever complete or release it).
   */
  async claim(
    actor: string,
    key: string,
    methodPath: string,
    hash: string,
    staleAfterSeconds: number,
  ): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO idempotency_keys (actor, key, method_path, request_hash)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (actor, key) DO UPDATE SET created_at = now()
         WHERE idempotency_keys.completed_at IS NULL
           AND idempotency_keys.request_hash = EXCLUDED.request_hash
           AND idempotency_keys.created_at < now() - make_interval(secs => $5)`,
      [actor, key, methodPath, hash, staleAfterSeconds],
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

  /** Forgets a pending claim so the client can retry with the same key. */
  async release(actor: string, key: string): Promise<void> {
    await this.pool.query(
      'DELETE FROM idempotency_keys WHERE actor = $1 AND key = $2 AND completed_at IS NULL',
      [actor, key],
    );
  }
}
