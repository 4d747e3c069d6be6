import type { Pool } from 'pg';
import { StoredNode } from '../merkle/compact-range';
import { NodeId } from '../merkle/merkle-proofs';

type Db = Pick<Pool, 'query'>;

/**
 * Perfect nodes from the log's tables in one query: level 0 is evidence.leaves (the leaf hashes),
 * higher levels evidence.nodes. `encoding` 'hex' has PostgreSQL encode them, which for the
 * thousands of nodes of an export is cheaper than buffers converted one by one.
 */
async function fetchNodes(
  db: Db,
  ids: NodeId[],
  encoding: 'bytea' | 'hex',
): Promise<Map<string, Buffer | string>> {
  const leaves: number[] = [];
  const levels: number[] = [];
  const indexes: number[] = [];
  for (const id of ids) {
    if (id.level === 0) leaves.push(id.index);
    else {
      levels.push(id.level);
      indexes.push(id.index);
    }
  }
  const value = (column: string) => (encoding === 'hex' ? `encode(${column}, 'hex')` : column);
  const found = new Map<string, Buffer | string>();
  if (ids.length === 0) return found;
  const { rows } = await db.query<[number, string, Buffer | string]>({
    text: `SELECT 0, l.leaf_index::text, ${value('l.leaf_hash')}
           FROM evidence.leaves l WHERE l.leaf_index = ANY($1::bigint[])
           UNION ALL
           SELECT n.level, n.index::text, ${value('n.hash')}
           FROM unnest($2::smallint[], $3::bigint[]) AS q (level, index)
           JOIN evidence.nodes n ON n.level = q.level AND n.index = q.index`,
    values: [leaves, levels, indexes],
    rowMode: 'array',
  });
  for (const [level, index, hash] of rows) found.set(`${level}:${index}`, hash);
  for (const id of ids) {
    if (!found.has(`${id.level}:${id.index}`)) {
      throw new Error(`evidence log: Merkle node ${id.level}:${id.index} is missing`);
    }
  }
  return found;
}

export async function loadNodes(db: Db, ids: NodeId[]): Promise<StoredNode[]> {
  const found = await fetchNodes(db, ids, 'bytea');
  return ids.map((id) => ({ ...id, hash: found.get(`${id.level}:${id.index}`) as Buffer }));
}

/** The nodes' hashes as hex, keyed `level:index`. */
export async function loadNodesHex(db: Db, ids: NodeId[]): Promise<Map<string, string>> {
  return (await fetchNodes(db, ids, 'hex')) as Map<string, string>;
}
