import { hashChildren, isPowerOfTwo, splitPoint } from './merkle-hash';

/**
 * Hashes of perfect (complete, aligned) subtrees: level 0 are the leaf hashes, node(level, index)
 * covers leaves [index·2^level, (index+1)·2^level). Any tree of n leaves is built from these, so a
 * store that keeps them answers every root and proof with O(log² n) lookups.
 */
export interface PerfectNodes {
  node(level: number, index: number): Uint8Array;
}

/** A perfect node's coordinates. */
export interface NodeId {
  level: number;
  index: number;
}

/**
 * MTH(D[start:end]) for an aligned range (start a multiple of the split of the range, as every
 * range in the RFC's recursions is): a perfect node, or a perfect left part and the rest.
 */
export function subtreeHash(nodes: PerfectNodes, start: number, end: number): Uint8Array {
  const size = end - start;
  if (size <= 0) throw new RangeError(`empty subtree [${start}, ${end})`);
  if (isPowerOfTwo(size) && start % size === 0) {
    return nodes.node(Math.log2(size), start / size);
  }
  const k = splitPoint(size);
  return hashChildren(subtreeHash(nodes, start, start + k), subtreeHash(nodes, start + k, end));
}

/** MTH(D[n]) (§2.1.1); the empty tree is handled by the caller (EMPTY_ROOT). */
export function rootHash(nodes: PerfectNodes, size: number): Uint8Array {
  return subtreeHash(nodes, 0, size);
}

/** PATH(m, D[n]) (§2.1.3.1): the audit path of leaf m in the tree of the first n leaves. */
export function inclusionProof(nodes: PerfectNodes, index: number, size: number): Uint8Array[] {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size) {
    throw new RangeError(`no leaf ${index} in a tree of ${size}`);
  }
  const path: Uint8Array[] = [];
  const walk = (m: number, start: number, end: number): void => {
    if (end - start <= 1) return;
    const k = splitPoint(end - start);
    if (m < k) {
      walk(m, start, start + k);
      path.push(subtreeHash(nodes, start + k, end));
    } else {
      walk(m - k, start + k, end);
      path.push(subtreeHash(nodes, start, start + k));
    }
  };
  walk(index, 0, size);
  return path;
}

/** PROOF(m, D[n]) (§2.1.4.1): that the tree of m leaves is a prefix of the tree of n. */
export function consistencyProof(nodes: PerfectNodes, from: number, to: number): Uint8Array[] {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || from > to) {
    throw new RangeError(`no consistency proof from size ${from} to size ${to}`);
  }
  const proof: Uint8Array[] = [];
  const sub = (m: number, start: number, end: number, complete: boolean): void => {
    const n = end - start;
    if (m === n) {
      if (!complete) proof.push(subtreeHash(nodes, start, end));
      return;
    }
    const k = splitPoint(n);
    if (m <= k) {
      sub(m, start, start + k, complete);
      proof.push(subtreeHash(nodes, start + k, end));
    } else {
      sub(m - k, start + k, end, false);
      proof.push(subtreeHash(nodes, start, start + k));
    }
  };
  sub(from, 0, to, true);
  return proof;
}

/**
 * The perfect nodes an operation reads, without their hashes: run it once over this recorder, fetch
 * the listed nodes in one query, then run it again over the fetched map. The recursions above
 * never branch on a hash value, so both runs read the same nodes.
 */
export function nodesRead(operation: (nodes: PerfectNodes) => unknown): NodeId[] {
  const seen = new Map<string, NodeId>();
  const dummy = new Uint8Array(32);
  operation({
    node(level, index) {
      seen.set(`${level}:${index}`, { level, index });
      return dummy;
    },
  });
  return [...seen.values()];
}

/** PerfectNodes over fetched hashes, keyed `level:index`; a missing node is an error. */
export function nodeMap(entries: Iterable<[NodeId, Uint8Array]>): PerfectNodes {
  const map = new Map<string, Uint8Array>();
  for (const [id, hash] of entries) map.set(`${id.level}:${id.index}`, hash);
  return {
    node(level, index) {
      const hash = map.get(`${level}:${index}`);
      if (!hash) throw new Error(`Merkle node ${level}:${index} is missing from the log`);
      return hash;
    },
  };
}
