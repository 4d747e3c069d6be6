import type { Pool } from 'pg';
import type { EventStore, GlobalPosition } from '@app/event-store';
import type { AnyProjection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { quoteIdent } from './row-store';

export interface RebuildProgress {
  projection: string;
  position: GlobalPosition;
  head: GlobalPosition | null;
}

/**
 * Blue/green rebuild: replay the whole log into a fresh copy of the table while the live table
 * keeps serving queries, then swap them in one transaction. The swap takes the live checkpoint's
 * row lock, so a live runner waits and afterwards resumes from the rebuilt checkpoint.
 */
export async function rebuildProjection(
  store: EventStore,
  pool: Pool,
  projection: AnyProjection,
  onProgress?: (p: RebuildProgress) => void,
): Promise<{ position: GlobalPosition | null; table: string }> {
  const live = quoteIdent(projection.table);
  const nextTable = `${projection.table}__next`;
  const next = quoteIdent(nextTable);
  const nextCheckpoint = `${projection.name}__rebuild`;
  await pool.query(`DROP TABLE IF EXISTS ${next}`);
  await pool.query(`CREATE TABLE ${next} (LIKE ${live} INCLUDING ALL)`);
  await pool.query('DELETE FROM projection_checkpoints WHERE name = $1', [nextCheckpoint]);

  const runner = new ProjectionRunner(store, pool, projection, {
    checkpointName: nextCheckpoint,
    table: nextTable,
    batchSize: 5000,
  });
  const report = (position: GlobalPosition, head: GlobalPosition | null) =>
    onProgress?.({ projection: projection.name, position, head });
  await runner.catchUp(report);

  const swap = await pool.connect();
  let finalPosition: string | null = null;
  try {
    await swap.query('BEGIN');
    await swap.query(
      'INSERT INTO projection_checkpoints (name, position) VALUES ($1, NULL) ON CONFLICT DO NOTHING',
      [projection.name],
    );
    // Holding the live checkpoint stops the live runner; the last events are applied to the copy
    // meanwhile, so the swapped-in checkpoint is at or past anything the live runner has seen.
    await swap.query('SELECT 1 FROM projection_checkpoints WHERE name = $1 FOR UPDATE', [
      projection.name,
    ]);
    await runner.catchUp(report);
    await swap.query(`LOCK TABLE ${live} IN ACCESS EXCLUSIVE MODE`);
    const { rows } = await swap.query<{ position: string | null }>(
      'SELECT position::text AS position FROM projection_checkpoints WHERE name = $1',
      [nextCheckpoint],
    );
    finalPosition = rows[0]?.position ?? null;
    await swap.query(`DROP TABLE ${live}`);
    await swap.query(`ALTER TABLE ${next} RENAME TO ${live}`);
    await swap.query(
      `UPDATE projection_checkpoints
          SET position = $2, updated_at = now(),
              events_applied = (SELECT events_applied FROM projection_checkpoints WHERE name = $3)
        WHERE name = $1`,
      [projection.name, finalPosition, nextCheckpoint],
    );
    await swap.query('DELETE FROM projection_checkpoints WHERE name = $1', [nextCheckpoint]);
    await swap.query('COMMIT');
  } catch (error) {
    await swap.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    swap.release();
  }
  return {
    position: finalPosition === null ? null : BigInt(finalPosition),
    table: projection.table,
  };
}
