import { hashChildren } from './merkle-hash';
import { NodeId } from './merkle-proofs';

export interface StoredNode extends NodeId {
  hash: Uint8Array;
}

/**
 * The right edge of a tree of `size` leaves: one perfect node per set bit of the size, largest
 * first (a compact range [0, size)). Appending a leaf merges equal levels and yields every perfect
 * node that becomes complete, which is all an append-only store must write.
 */
export class CompactRange {
  private constructor(
    private size: number,
    private readonly edge: StoredNode[],
  ) {}

  /** The perfect nodes the edge of a tree of `size` consists of, to load before resuming. */
  static edgeOf(size: number): NodeId[] {
    const ids: NodeId[] = [];
    let start = 0;
    for (let level = 52; level >= 0; level--) {
      const width = 2 ** level;
      if (Math.floor(size / width) % 2 === 1) {
        ids.push({ level, index: start / width });
        start += width;
      }
    }
    return ids;
  }

  static resume(size: number, edge: StoredNode[]): CompactRange {
    const expected = CompactRange.edgeOf(size);
    if (
      edge.length !== expected.length ||
      edge.some((n, i) => n.level !== expected[i].level || n.index !== expected[i].index)
    ) {
      throw new Error(`the stored right edge does not match a tree of ${size} leaves`);
    }
    return new CompactRange(size, [...edge]);
  }

  get treeSize(): number {
    return this.size;
  }

  /** Adds leaf `treeSize` and returns the nodes above level 0 it completes. */
  append(leafHash: Uint8Array): StoredNode[] {
    const completed: StoredNode[] = [];
    let node: StoredNode = { level: 0, index: this.size, hash: leafHash };
    while (this.edge.length > 0 && this.edge[this.edge.length - 1].level === node.level) {
      const left = this.edge.pop()!;
      node = {
        level: node.level + 1,
        index: left.index / 2,
        hash: hashChildren(left.hash, node.hash),
      };
      completed.push(node);
    }
    this.edge.push(node);
    this.size += 1;
    return completed;
  }
}
