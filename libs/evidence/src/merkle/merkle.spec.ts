import fc from 'fast-check';
import { EMPTY_ROOT, hashChildren, hashLeaf } from './merkle-hash';
import { MemoryTree } from './memory-tree';
import { consistencyProof, inclusionProof, nodeMap, nodesRead } from './merkle-proofs';
import { verifyConsistency, verifyInclusion } from './merkle-verify';
import {
  CONSISTENCY_PROOFS,
  HASHER_VECTORS,
  INCLUSION_PROOFS,
  LEAF_HASHES,
  LEAF_INPUTS,
  ROOT_HASHES,
} from '../testing/vectors/rfc6962-reference-tree.vectors';
import {
  CONSISTENCY_PROBES,
  INCLUSION_PROBES,
} from '../testing/vectors/transparency-dev-probes.vectors';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const unhex = (s: string) => Buffer.from(s, 'hex');
const b64 = (s: string | null) => Buffer.from(s ?? '', 'base64');

const reference = MemoryTree.ofLeaves(LEAF_INPUTS.map(unhex));

describe('RFC 9162 §2.1 hashing (transparency-dev reference vectors)', () => {
  it('hashes leaves with 0x00, nodes with 0x01, and the empty tree as SHA-256 of nothing', () => {
    expect(hex(EMPTY_ROOT)).toBe(ROOT_HASHES[0]);
    expect(hex(hashLeaf(Buffer.from('L123456')))).toBe(HASHER_VECTORS.leafL123456);
    expect(hex(hashChildren(Buffer.from('N123'), Buffer.from('N456')))).toBe(
      HASHER_VECTORS.childrenN123N456,
    );
    expect(LEAF_INPUTS.map((leaf) => hex(hashLeaf(unhex(leaf))))).toEqual(LEAF_HASHES);
  });

  it('computes the root of every prefix of the reference tree', () => {
    expect(ROOT_HASHES.map((_, size) => hex(reference.root(size)))).toEqual(ROOT_HASHES);
  });

  it.each(INCLUSION_PROOFS)(
    'generates the audit path of leaf $leafIndex in a tree of $treeSize',
    ({ leafIndex, treeSize, proof }) => {
      expect(reference.inclusionProof(leafIndex, treeSize).map(hex)).toEqual(proof);
    },
  );

  it.each(CONSISTENCY_PROOFS)(
    'generates the consistency proof from $from to $to',
    ({ from, to, proof }) => {
      expect(reference.consistencyProof(from, to).map(hex)).toEqual(proof);
    },
  );
});

describe('RFC 9162 §2.1.3.2 / §2.1.4.2 verification (transparency-dev testdata probes)', () => {
  it.each(INCLUSION_PROBES.map((p) => [p.file, p] as const))('inclusion %s', (_, p) => {
    const result = verifyInclusion(
      p.leafIdx,
      p.treeSize,
      b64(p.leafHash),
      (p.proof ?? []).map(b64),
      b64(p.root),
    );
    expect(result.ok).toBe(!p.wantErr);
  });

  it.each(CONSISTENCY_PROBES.map((p) => [p.file, p] as const))('consistency %s', (_, p) => {
    const result = verifyConsistency(
      p.size1,
      p.size2,
      (p.proof ?? []).map(b64),
      b64(p.root1),
      b64(p.root2),
    );
    expect(result.ok).toBe(!p.wantErr);
  });
});

describe('proofs over random trees (properties)', () => {
  const leaves = (n: number) => Array.from({ length: n }, (_, i) => Buffer.from(`leaf-${i}`));

  it('every leaf of every tree size is proven included, and a changed leaf is not', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 300 })
          .chain((size) => fc.tuple(fc.constant(size), fc.integer({ min: 0, max: size - 1 }))),
        ([size, index]) => {
          const tree = MemoryTree.ofLeaves(leaves(size));
          const proof = tree.inclusionProof(index, size);
          const leaf = hashLeaf(Buffer.from(`leaf-${index}`));
          expect(verifyInclusion(index, size, leaf, proof, tree.root()).ok).toBe(true);
          expect(
            verifyInclusion(index, size, hashLeaf(Buffer.from('x')), proof, tree.root()).ok,
          ).toBe(false);
          if (size > 1) {
            expect(verifyInclusion((index + 1) % size, size, leaf, proof, tree.root()).ok).toBe(
              false,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every earlier size is consistent with every later one, and a rewritten prefix is not', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 300 })
          .chain((to) => fc.tuple(fc.integer({ min: 1, max: to }), fc.constant(to))),
        ([from, to]) => {
          const tree = MemoryTree.ofLeaves(leaves(to));
          const proof = tree.consistencyProof(from, to);
          expect(verifyConsistency(from, to, proof, tree.root(from), tree.root(to)).ok).toBe(true);
          // The same sizes with one early leaf rewritten: the old root no longer leads there.
          const forged = MemoryTree.ofLeaves(
            leaves(to).map((leaf, i) => (i === 0 ? Buffer.from('forged') : leaf)),
          );
          const forgedProof = forged.consistencyProof(from, to);
          expect(
            verifyConsistency(from, to, forgedProof, tree.root(from), forged.root(to)).ok,
          ).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('verifying many leaves of one tree with shared proven nodes accepts the true ones and still refuses a wrong one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), fc.nat(), (size, seed) => {
        const tree = MemoryTree.ofLeaves(leaves(size));
        const proven = new Set<string>();
        for (let i = 0; i < size; i++) {
          const leaf = hashLeaf(Buffer.from(`leaf-${i}`));
          expect(
            verifyInclusion(i, size, leaf, tree.inclusionProof(i), tree.root(), proven).ok,
          ).toBe(true);
        }
        const index = seed % size;
        const proof = tree.inclusionProof(index);
        const wrong = hashLeaf(Buffer.from('not a leaf'));
        expect(verifyInclusion(index, size, wrong, proof, tree.root(), proven).ok).toBe(false);
        const bent = proof.map((p, i) => (i === 0 ? hashLeaf(p) : p));
        const leaf = hashLeaf(Buffer.from(`leaf-${index}`));
        expect(verifyInclusion(index, size, leaf, bent, tree.root(), proven).ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('a proof built from only the nodes it reads equals the one from the whole tree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 500 }), fc.nat(), (size, seed) => {
        const tree = MemoryTree.ofLeaves(leaves(size));
        const index = seed % size;
        const from = 1 + (seed % size);
        const ids = nodesRead((n) => {
          inclusionProof(n, index, size);
          consistencyProof(n, from, size);
        });
        const fetched = nodeMap(ids.map((id) => [id, tree.node(id.level, id.index)]));
        expect(inclusionProof(fetched, index, size).map(hex)).toEqual(
          tree.inclusionProof(index, size).map(hex),
        );
        expect(consistencyProof(fetched, from, size).map(hex)).toEqual(
          tree.consistencyProof(from, size).map(hex),
        );
        expect(ids.length).toBeLessThanOrEqual(4 * Math.ceil(Math.log2(size)) ** 2 + 4);
      }),
    );
  });
});
