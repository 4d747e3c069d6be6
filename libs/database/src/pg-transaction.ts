import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in one transaction on a client of `pool`: COMMIT when it returns, ROLLBACK when it
 * throws (the error is rethrown; a failed ROLLBACK on a broken connection is not allowed to hide
 * it), and the client always goes back to the pool. Work that finds nothing to change simply
 * returns: committing a transaction that only read (or only locked rows) changes nothing.
 */
export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
