import { NodeId, PerfectNodes, nodesRead, subtreeHash } from './merkle-proofs';

/**
 * One element of an audit path, bottom-up: a perfect node, or (on the tree's right edge) the hash of
 * the incomplete subtree [start, end), the same for every leaf whose path passes there.
 */
export type PathStep =
  { kind: 'node'; level: number; index: number } | { kind: 'range'; start: number; end: number };

/**
 * PATH(m, D[n]) of RFC 9162 §2.1.3.1 as the subtrees it is made of, without any hash: the walk is
 * the verifier's of §2.1.3.2 (fn, sn) read the other way, so a leaf's path is found in O(log n)
 * steps instead of the recursion's split-point search, and many leaves' paths share their nodes.
 * merkle.spec.ts checks it equals inclusionProof for every leaf of many sizes.
 */
export function auditPathSteps(m: number, n: number): PathStep[] {
  if (!Number.isInteger(m) || !Number.isInteger(n) || m < 0 || m >= n) {
    throw new RangeError(`no leaf ${m} in a tree of ${n}`);
  }
  const steps: PathStep[] = [];
  let fn = m;
  let sn = n - 1;
  let width = 1; // 2^level
  let level = 0;
  while (sn > 0) {
    if (fn % 2 === 1) {
      steps.push({ kind: 'node', level, index: fn - 1 });
    } else if (fn === sn) {
      // The rightmost node of its level without a sibling: promoted until it is a right child.
      while (fn % 2 === 0) {
        fn /= 2;
        sn = Math.floor(sn / 2);
        width *= 2;
        level += 1;
      }
      steps.push({ kind: 'node', level, index: fn - 1 });
    } else {
      const start = (fn + 1) * width;
      const end = Math.min(start + width, n);
      steps.push(
        end - start === width
          ? { kind: 'node', level, index: fn + 1 }
          : { kind: 'range', start, end },
      );
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
    width *= 2;
    level += 1;
  }
  return steps;
}

/**
 * The audit paths of many leaves of one tree, planned before any hash is read: every distinct
 * perfect node they need (each once, for one query), then assembled from those nodes' values.
 */
export class AuditPathPlan {
  readonly paths: PathStep[][];
  private readonly ranges = new Map<string, { start: number; end: number }>();
  private readonly wanted = new Map<string, NodeId>();

  constructor(indexes: number[], size: number) {
    this.paths = indexes.map((m) => auditPathSteps(m, size));
    for (const path of this.paths) {
      for (const step of path) {
        if (step.kind === 'node') this.wanted.set(`${step.level}:${step.index}`, step);
        else this.ranges.set(`${step.start}-${step.end}`, step);
      }
    }
    for (const r of this.ranges.values()) {
      for (const id of nodesRead((nodes) => subtreeHash(nodes, r.start, r.end))) {
        this.wanted.set(`${id.level}:${id.index}`, id);
      }
    }
  }

  /** Every perfect node the paths read, each once. */
  nodes(): NodeId[] {
    return [...this.wanted.values()];
  }

  /**
   * The paths as hex, from the fetched nodes (`hexOf` keyed `level:index`); paths share the same
   * string objects, so many leaves' proofs cost little more than their distinct nodes.
   */
  assembleHex(hexOf: Map<string, string>): string[][] {
    const lookup = (key: string) => {
      const hex = hexOf.get(key);
      if (hex === undefined) throw new Error(`Merkle node ${key} is missing from the log`);
      return hex;
    };
    const rangeHex = new Map<string, string>();
    const nodes: PerfectNodes = {
      node: (level, index) => Buffer.from(lookup(`${level}:${index}`), 'hex'),
    };
    for (const [key, r] of this.ranges) {
      rangeHex.set(key, Buffer.from(subtreeHash(nodes, r.start, r.end)).toString('hex'));
    }
    return this.paths.map((path) =>
      path.map((step) =>
        step.kind === 'node'
          ? lookup(`${step.level}:${step.index}`)
          : rangeHex.get(`${step.start}-${step.end}`)!,
      ),
    );
  }
}
