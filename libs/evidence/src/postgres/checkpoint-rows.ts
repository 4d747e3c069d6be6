import type { Pool } from 'pg';

export type CheckpointReason = 'scheduled' | 'on-demand' | 'export';

export interface StoredCheckpoint {
  id: number;
  treeSize: number;
  rootHash: Buffer;
  note: string;
  keyId: string;
  reason: CheckpointReason;
  createdAt: string;
}

export const CHECKPOINT_COLUMNS =
  'id::text, tree_size::text, root_hash, note, key_id, reason, to_char(created_at AT TIME ZONE \'UTC\', \'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"\') AS created_at';

export interface CheckpointRow {
  id: string;
  tree_size: string;
  root_hash: Buffer;
  note: string;
  key_id: string;
  reason: CheckpointReason;
  created_at: string;
}

export function toCheckpoint(row: CheckpointRow): StoredCheckpoint {
  return {
    id: Number(row.id),
    treeSize: Number(row.tree_size),
    rootHash: row.root_hash,
    note: row.note,
    keyId: row.key_id,
    reason: row.reason,
    createdAt: row.created_at,
  };
}

type Db = Pick<Pool, 'query'>;

/** The checkpoints the log signed, as stored (evidence.checkpoints). */
export async function latestCheckpoint(db: Db): Promise<StoredCheckpoint | null> {
  const { rows } = await db.query<CheckpointRow>(
    `SELECT ${CHECKPOINT_COLUMNS} FROM evidence.checkpoints c ORDER BY c.id DESC LIMIT 1`,
  );
  return rows.length === 0 ? null : toCheckpoint(rows[0]);
}

/** Newest first; `before` pages by id. */
export async function checkpointsPage(
  db: Db,
  limit: number,
  before?: number,
): Promise<StoredCheckpoint[]> {
  const { rows } = await db.query<CheckpointRow>(
    `SELECT ${CHECKPOINT_COLUMNS} FROM evidence.checkpoints c
     WHERE ($2::bigint IS NULL OR c.id < $2) ORDER BY c.id DESC LIMIT $1`,
    [limit, before ?? null],
  );
  return rows.map(toCheckpoint);
}

export async function checkpointOfSize(db: Db, treeSize: number): Promise<StoredCheckpoint | null> {
  const { rows } = await db.query<CheckpointRow>(
    `SELECT ${CHECKPOINT_COLUMNS} FROM evidence.checkpoints c WHERE c.tree_size = $1 ORDER BY c.id DESC LIMIT 1`,
    [treeSize],
  );
  return rows.length === 0 ? null : toCheckpoint(rows[0]);
}
