import { createHash } from 'node:crypto';
import { AuditPathPlan, auditPathSteps } from './audit-path-plan';
import { MemoryTree } from './memory-tree';
import { inclusionProof } from './merkle-proofs';
import { INCLUSION_PROOFS, LEAF_INPUTS } from '../testing/vectors/rfc6962-reference-tree.vectors';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const leaf = (i: number) => createHash('sha256').update(`leaf ${i}`).digest();

/** The plan's hex map as a log would fetch it: every node it asks for, from the tree. */
function fetched(tree: MemoryTree, plan: AuditPathPlan): Map<string, string> {
  return new Map(
    plan.nodes().map((id) => [`${id.level}:${id.index}`, hex(tree.node(id.level, id.index))]),
  );
}

describe('audit paths planned for many leaves at once (RFC 9162 §2.1.3.1)', () => {
  const tree = MemoryTree.ofLeaves(Array.from({ length: 300 }, (_, i) => leaf(i)));

  it('equals the recursive PATH(m, D[n]) for every leaf of sizes 1-70 and around 256', () => {
    const sizes = [
      ...Array.from({ length: 70 }, (_, i) => i + 1),
      127,
      128,
      129,
      255,
      256,
      257,
      300,
    ];
    for (const size of sizes) {
      const indexes = Array.from({ length: size }, (_, i) => i);
      const plan = new AuditPathPlan(indexes, size);
      const paths = plan.assembleHex(fetched(tree, plan));
      indexes.forEach((m) => {
        expect(paths[m]).toEqual(inclusionProof(tree, m, size).map(hex));
      });
    }
  });

  it('equals inclusionProof for a contract’s scattered leaves in larger trees, any order, repeats', () => {
    const big = MemoryTree.ofLeaves(Array.from({ length: 2100 }, (_, i) => leaf(i)));
    for (const size of [1000, 1023, 1024, 1025, 1337, 2047, 2049, 2100]) {
      // A stream's leaves among others': every 7th, the first and last, out of order, one twice.
      const indexes = [
        size - 1,
        0,
        ...Array.from({ length: Math.ceil(size / 7) }, (_, i) => i * 7).reverse(),
        size - 2,
        7,
      ];
      const plan = new AuditPathPlan(indexes, size);
      const paths = plan.assembleHex(fetched(big, plan));
      expect(paths).toHaveLength(indexes.length);
      indexes.forEach((m, i) => {
        expect(paths[i]).toEqual(inclusionProof(big, m, size).map(hex));
      });
      // Each node asked for once.
      const keys = plan.nodes().map((n) => `${n.level}:${n.index}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('refuses a leaf outside the tree, as auditPathSteps does', () => {
    expect(() => new AuditPathPlan([4], 4)).toThrow(RangeError);
    expect(() => new AuditPathPlan([-1], 4)).toThrow(RangeError);
    expect(() => new AuditPathPlan([0.5], 4)).toThrow(RangeError);
    expect(new AuditPathPlan([], 4).assembleHex(new Map())).toEqual([]);
  });

  it('gives the transparency-dev reference audit paths', () => {
    const reference = MemoryTree.ofLeaves(LEAF_INPUTS.map((l) => Buffer.from(l, 'hex')));
    for (const { leafIndex, treeSize, proof } of INCLUSION_PROOFS) {
      const plan = new AuditPathPlan([leafIndex], treeSize);
      expect(plan.assembleHex(fetched(reference, plan))[0]).toEqual(proof);
    }
  });

  it('asks for each shared node once, and fails naming a node the log lacks', () => {
    const plan = new AuditPathPlan([0, 1, 2, 3], 4);
    expect(
      plan
        .nodes()
        .map((n) => `${n.level}:${n.index}`)
        .sort(),
    ).toEqual(['0:0', '0:1', '0:2', '0:3', '1:0', '1:1'].sort());
    expect(() => plan.assembleHex(new Map())).toThrow(/Merkle node 0:1 is missing/);
    expect(() => auditPathSteps(4, 4)).toThrow(RangeError);
  });
});
