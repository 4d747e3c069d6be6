import type { PoolClient } from 'pg';
import type { GlobalPosition } from '@app/event-store';

/**
 * A projection's checkpoint lives next to its rows and is written in the same transaction,
 * so after a crash the rows are exactly those of the events up to the checkpoint.
 */
export async function lockCheckpoint(
  client: PoolClient,
  name: string,
): Promise<GlobalPosition | null> {
  await client.query(
    `INSERT INTO projection_checkpoints (name, position, events_applied, updated_at)
     VALUES ($1, NULL, 0, now()) ON CONFLICT (name) DO NOTHING`,
    [name],
  );
  const { rows } = await client.query<{ position: string | null }>(
    'SELECT position::text AS position FROM projection_checkpoints WHERE name = $1 FOR UPDATE',
    [name],
  );
  return rows[0].position === null ? null : BigInt(rows[0].position);
}

export async function saveCheckpoint(
  client: PoolClient,
  name: string,
  position: GlobalPosition,
  applied: number,
): Promise<void> {
  await client.query(
    `UPDATE projection_checkpoints
        SET position = $2, events_applied = events_applied + $3, updated_at = now()
      WHERE name = $1`,
    [name, position.toString(), applied],
  );
}

/**
 * Locks the checkpoints of several projections at once (creating missing ones), always in name
 * order: a group runner and a rebuild swap lock the same rows in the same order, so they queue
 * instead of deadlocking.
 */
export async function lockCheckpoints(
  client: PoolClient,
  names: string[],
): Promise<Map<string, GlobalPosition | null>> {
  await client.query(
    `INSERT INTO projection_checkpoints (name, position, events_applied, updated_at)
     SELECT n, NULL, 0, now() FROM unnest($1::text[]) AS n ON CONFLICT (name) DO NOTHING`,
    [names],
  );
  const { rows } = await client.query<{ name: string; position: string | null }>(
    `SELECT name, position::text AS position FROM projection_checkpoints
      WHERE name = ANY($1::text[]) ORDER BY name FOR UPDATE`,
    [names],
  );
  return new Map(rows.map((r) => [r.name, r.position === null ? null : BigInt(r.position)]));
}

/** Several checkpoints, read without locking them (null for a projection without one). */
export async function checkpointsOf(
  client: PoolClient,
  names: string[],
): Promise<Map<string, GlobalPosition | null>> {
  const { rows } = await client.query<{ name: string; position: string | null }>(
    'SELECT name, position::text AS position FROM projection_checkpoints WHERE name = ANY($1::text[])',
    [names],
  );
  const found = new Map(rows.map((r) => [r.name, r.position === null ? null : BigInt(r.position)]));
  return new Map(names.map((n) => [n, found.get(n) ?? null]));
}

/** Saves several checkpoints in one statement. */
export async function saveCheckpoints(
  client: PoolClient,
  saves: { name: string; position: GlobalPosition; applied: number }[],
): Promise<void> {
  if (saves.length === 0) return;
  await client.query(
    `UPDATE projection_checkpoints c
        SET position = s.position, events_applied = c.events_applied + s.applied, updated_at = now()
       FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS s (name, position, applied)
      WHERE c.name = s.name`,
    [
      saves.map((s) => s.name),
      saves.map((s) => s.position.toString()),
      saves.map((s) => s.applied),
    ],
  );
}

export interface CheckpointRow {
  name: string;
  position: GlobalPosition | null;
  eventsApplied: number;
  updatedAt: string;
}

export async function readCheckpoints(
  query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, string | null>[] }>,
): Promise<CheckpointRow[]> {
  const { rows } = await query(
    `SELECT name, position::text AS position, events_applied::text AS applied,
            to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at
       FROM projection_checkpoints ORDER BY name`,
  );
  return rows.map((r) => ({
    name: String(r.name),
    position: r.position === null ? null : BigInt(r.position),
    eventsApplied: Number(r.applied),
    updatedAt: String(r.updated_at),
  }));
}
