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

/** Node keys: level · 2^40 + index (exact in a double for every tree below 2^40 leaves). */
const LEVEL_KEY = 2 ** 40;
const keyOf = (level: number, index: number) => level * LEVEL_KEY + index;

/**
 * The audit paths of many leaves of one tree, planned before any hash is read: every distinct
 * perfect node they need (each once, for one query), then assembled from those nodes' values.
 * Each path is held as numbers — a node's key, or −(start + 1) for the right-edge range
 * [start, size) (a range is always incomplete, so it ends at the tree's size) — walked as
 * auditPathSteps walks (audit-path-plan.spec.ts checks both against PATH(m, D[n])), so 10,000
 * paths of a 1,000,000-leaf tree build no step object and no string key per step.
 */
export class AuditPathPlan {
  private readonly paths: number[][];
  private readonly rangeStarts = new Set<number>();
  private readonly wanted = new Map<number, NodeId>();

  constructor(
    indexes: number[],
    private readonly size: number,
  ) {
    if (size > LEVEL_KEY) throw new RangeError(`a tree of ${size} leaves is too large to plan`);
    this.paths = indexes.map((m) => this.plan(m, size));
    for (const start of this.rangeStarts) {
      for (const id of nodesRead((nodes) => subtreeHash(nodes, start, size))) {
        this.want(id.level, id.index);
      }
    }
  }

  private want(level: number, index: number): number {
    const key = keyOf(level, index);
    if (!this.wanted.has(key)) this.wanted.set(key, { level, index });
    return key;
  }

  /** auditPathSteps(m, n) as keys. */
  private plan(m: number, n: number): number[] {
    if (!Number.isInteger(m) || !Number.isInteger(n) || m < 0 || m >= n) {
      throw new RangeError(`no leaf ${m} in a tree of ${n}`);
    }
    const path: number[] = [];
    let fn = m;
    let sn = n - 1;
    let width = 1;
    let level = 0;
    while (sn > 0) {
      if (fn % 2 === 1) path.push(this.want(level, fn - 1));
      else if (fn === sn) {
        while (fn % 2 === 0) {
          fn /= 2;
          sn = Math.floor(sn / 2);
          width *= 2;
          level += 1;
        }
        path.push(this.want(level, fn - 1));
      } else {
        const start = (fn + 1) * width;
        if (start + width <= n) path.push(this.want(level, fn + 1));
        else {
          this.rangeStarts.add(start);
          path.push(-(start + 1));
        }
      }
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
      width *= 2;
      level += 1;
    }
    return path;
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
    const hexByKey = new Map<number, string>();
    for (const [key, id] of this.wanted) {
      const hex = hexOf.get(`${id.level}:${id.index}`);
      if (hex === undefined) {
        throw new Error(`Merkle node ${id.level}:${id.index} is missing from the log`);
      }
      hexByKey.set(key, hex);
    }
    const nodes: PerfectNodes = {
      node: (level, index) => Buffer.from(hexByKey.get(keyOf(level, index))!, 'hex'),
    };
    for (const start of this.rangeStarts) {
      hexByKey.set(-(start + 1), Buffer.from(subtreeHash(nodes, start, this.size)).toString('hex'));
    }
    return this.paths.map((path) => path.map((key) => hexByKey.get(key)!));
  }
}
