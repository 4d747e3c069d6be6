import { Pool, type ClientBase } from 'pg';
import type { GlobalPosition } from '../event-store.port';

/** Anything that can run a query: a pool, or a client inside the consumer's own transaction. */
export type Queryable = Pick<ClientBase, 'query'> | Pool;

/**
 * Subscription checkpoints in `subscription_checkpoints`. The store does not checkpoint for its
 * consumers: a consumer that writes its read model and its checkpoint in one transaction (pass
 * that transaction's client to `store`) gets exactly-once effects, and resumes with
 * `subscribe({ after: await checkpoints.load(name) })`.
 */
export class PostgresCheckpointStore {
  private constructor(
    private readonly db: Pool,
    private readonly ownsPool: boolean,
  ) {}

  /** Uses an existing pool, which stays the caller's to close. */
  static using(pool: Pool): PostgresCheckpointStore {
    return new PostgresCheckpointStore(pool, false);
  }

  static connect(url: string, poolSize = 2): PostgresCheckpointStore {
    const pool = new Pool({ connectionString: url, max: poolSize });
    pool.on('error', () => undefined);
    return new PostgresCheckpointStore(pool, true);
  }

  /** The last stored position, or undefined when the subscription has never checkpointed. */
  async load(name: string): Promise<GlobalPosition | undefined> {
    // ::text because the process-wide int8 parser may have been changed to a lossy number.
    const { rows } = await this.db.query<{ position: string }>(
      'SELECT position::text AS position FROM subscription_checkpoints WHERE name = $1',
      [name],
    );
    return rows.length === 0 ? undefined : BigInt(rows[0].position);
  }

  async store(name: string, position: GlobalPosition, client?: Queryable): Promise<void> {
    await (client ?? this.db).query(
      `INSERT INTO subscription_checkpoints (name, position, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position, updated_at = EXCLUDED.updated_at`,
      [name, position.toString()],
    );
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.db.end();
  }
}
