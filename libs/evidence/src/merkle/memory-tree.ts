import { EMPTY_ROOT, hashChildren, hashLeaf } from './merkle-hash';
import { PerfectNodes, consistencyProof, inclusionProof, rootHash } from './merkle-proofs';

/**
 * A tree held in memory, one array of perfect-node hashes per level, extended as leaves arrive.
 * Used by tests, the verifier and benchmarks; the ledger's own log keeps the same levels in SQL.
 */
export class MemoryTree implements PerfectNodes {
  private readonly levels: Uint8Array[][] = [[]];

  static ofLeaves(leaves: Iterable<Uint8Array>): MemoryTree {
    const tree = new MemoryTree();
    for (const leaf of leaves) tree.appendLeafHash(hashLeaf(leaf));
    return tree;
  }

  get size(): number {
    return this.levels[0].length;
  }

  /** Adds a leaf hash and every perfect node it completes (see completedNodes). */
  appendLeafHash(hash: Uint8Array): void {
    this.levels[0].push(hash);
    let level = 0;
    let index = this.levels[0].length - 1;
    while (index % 2 === 1) {
      const row = this.levels[level];
      const parent = hashChildren(row[index - 1], row[index]);
      level += 1;
      index = (index - 1) / 2;
      (this.levels[level] ??= []).push(parent);
    }
  }

  node(level: number, index: number): Uint8Array {
    const hash = this.levels[level]?.[index];
    if (!hash) throw new Error(`Merkle node ${level}:${index} is not in a tree of ${this.size}`);
    return hash;
  }

  root(size = this.size): Uint8Array {
    return size === 0 ? EMPTY_ROOT : rootHash(this, size);
  }

  inclusionProof(index: number, size = this.size): Uint8Array[] {
    return inclusionProof(this, index, size);
  }

  consistencyProof(from: number, to = this.size): Uint8Array[] {
    return consistencyProof(this, from, to);
  }
}
