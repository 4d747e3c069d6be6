import type { Pool } from 'pg';
import type { EventStore, GlobalPosition } from '@app/event-store';
import type { AnyProjection } from './projection';
import { ProjectionGroupRunner } from './projection-group-runner';
import type { ProjectionTarget } from './projection';
import { quoteIdent } from './row-store';

export interface RebuildProgress {
  /** The projection (or comma-separated projections) being rebuilt. */
  projection: string;
  position: GlobalPosition;
  head: GlobalPosition | null;
  /** Events replayed so far. */
  events: number;
}

export interface RebuildOptions {
  /** Events per batch while replaying (default 5000). */
  batchSize?: number;
}

/** Blue/green rebuild of one projection (see rebuildProjections). */
export async function rebuildProjection(
  store: EventStore,
  pool: Pool,
  projection: AnyProjection,
  onProgress?: (p: RebuildProgress) => void,
  options: RebuildOptions = {},
): Promise<{ position: GlobalPosition | null; table: string }> {
  const [result] = await rebuildProjections(store, pool, [projection], onProgress, options);
  return result;
}

/**
 * Blue/green rebuild: replay the whole log — read once — into fresh copies of the tables while the
 * live tables keep serving queries, then swap them all in one transaction. The swap takes the live
 * checkpoints' row locks (in name order, like the runners), so a live runner waits and afterwards
 * resumes from the rebuilt checkpoints.
 */
export async function rebuildProjections(
  store: EventStore,
  pool: Pool,
  projections: AnyProjection[],
  onProgress?: (p: RebuildProgress) => void,
  options: RebuildOptions = {},
): Promise<{ position: GlobalPosition | null; table: string }[]> {
  const targets: ProjectionTarget[] = projections.map((projection) => ({
    projection,
    table: `${projection.table}__next`,
    checkpointName: `${projection.name}__rebuild`,
    ...(projection.children ? { childTable: `${projection.children.table}__next` } : {}),
  }));
  const copies = (t: ProjectionTarget): [string, string][] => [
    [t.table, t.projection.table],
    ...(t.childTable && t.projection.children
      ? [[t.childTable, t.projection.children.table] as [string, string]]
      : []),
  ];
  for (const t of targets) {
    for (const [copy, live] of copies(t)) {
      await pool.query(`DROP TABLE IF EXISTS ${quoteIdent(copy)}`);
      await pool.query(`CREATE TABLE ${quoteIdent(copy)} (LIKE ${quoteIdent(live)} INCLUDING ALL)`);
    }
  }
  await pool.query('DELETE FROM projection_checkpoints WHERE name = ANY($1::text[])', [
    targets.map((t) => t.checkpointName),
  ]);

  const runner = new ProjectionGroupRunner(store, pool, targets, {
    batchSize: options.batchSize ?? 5000,
  });
  const label = projections.map((p) => p.name).join(',');
  let before = 0; // events replayed by earlier catch-ups
  let replayed = 0;
  const report = (position: GlobalPosition, head: GlobalPosition | null, events: number) => {
    replayed = before + events;
    onProgress?.({ projection: label, position, head, events: replayed });
  };
  await runner.catchUp(report);
  before = replayed;

  const liveNames = projections.map((p) => p.name).sort();
  const swap = await pool.connect();
  const finals: (string | null)[] = [];
  try {
    await swap.query('BEGIN');
    await swap.query(
      `INSERT INTO projection_checkpoints (name, position)
       SELECT n, NULL FROM unnest($1::text[]) AS n ON CONFLICT DO NOTHING`,
      [liveNames],
    );
    // Holding the live checkpoints stops the live runners; the last events are applied to the
    // copies meanwhile, so the swapped-in checkpoints are at or past anything the live ones saw.
    await swap.query(
      'SELECT 1 FROM projection_checkpoints WHERE name = ANY($1::text[]) ORDER BY name FOR UPDATE',
      [liveNames],
    );
    await runner.catchUp(report);
    for (const t of targets) {
      for (const [copy, liveName] of copies(t)) {
        const live = quoteIdent(liveName);
        await swap.query(`LOCK TABLE ${live} IN ACCESS EXCLUSIVE MODE`);
        await swap.query(`DROP TABLE ${live}`);
        await swap.query(`ALTER TABLE ${quoteIdent(copy)} RENAME TO ${live}`);
        await renameIndexes(swap, copy, liveName);
      }
      const { rows } = await swap.query<{ position: string | null; applied: string }>(
        'SELECT position::text AS position, events_applied::text AS applied FROM projection_checkpoints WHERE name = $1',
        [t.checkpointName],
      );
      const position = rows[0]?.position ?? null;
      finals.push(position);
      await swap.query(
        `UPDATE projection_checkpoints SET position = $2, updated_at = now(), events_applied = $3
          WHERE name = $1`,
        [t.projection.name, position, rows[0]?.applied ?? '0'],
      );
    }
    await swap.query('DELETE FROM projection_checkpoints WHERE name = ANY($1::text[])', [
      targets.map((t) => t.checkpointName),
    ]);
    await swap.query('COMMIT');
  } catch (error) {
    await swap.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    swap.release();
  }
  return projections.map((p, i) => ({
    position: finals[i] === null ? null : BigInt(finals[i]!),
    table: p.table,
  }));
}

/**
 * `CREATE TABLE … (LIKE … INCLUDING ALL)` names the copy's indexes after the copy
 * (`x__next_pkey`); give them back the live names so a later rebuild's copy does not collide.
 */
async function renameIndexes(
  client: import('pg').PoolClient,
  from: string,
  to: string,
): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1`,
    [to],
  );
  for (const { name } of rows) {
    if (!name.startsWith(from)) continue;
    const renamed = `${to}${name.slice(from.length)}`;
    await client.query(`ALTER INDEX ${quoteIdent(name)} RENAME TO ${quoteIdent(renamed)}`);
  }
}
