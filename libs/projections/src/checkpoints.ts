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
