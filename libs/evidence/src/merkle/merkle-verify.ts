import { HASH_SIZE, hashChildren, isPowerOfTwo } from './merkle-hash';

/** Why a proof failed, in words a report can show. */
export type ProofResult = { ok: true } | { ok: false; reason: string };

const fail = (reason: string): ProofResult => ({ ok: false, reason });

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
}

function badElement(proof: Uint8Array[]): number {
  return proof.findIndex((p) => p.length !== HASH_SIZE);
}

/**
 * RFC 9162 §2.1.3.2: recomputes the root from a leaf hash and its audit path; ok when it equals
 * `root` and the path is exactly as long as the tree requires.
 */
export function verifyInclusion(
  leafIndex: number,
  treeSize: number,
  leafHash: Uint8Array,
  proof: Uint8Array[],
  root: Uint8Array,
  proven?: ProvenNodes,
): ProofResult {
  if (!Number.isSafeInteger(leafIndex) || !Number.isSafeInteger(treeSize) || leafIndex < 0) {
    return fail('leaf index and tree size must be non-negative integers');
  }
  if (leafIndex >= treeSize)
    return fail(`leaf index ${leafIndex} is not below tree size ${treeSize}`);
  if (leafHash.length !== HASH_SIZE) return fail(`leaf hash is ${leafHash.length} bytes, not 32`);
  const bad = badElement(proof);
  if (bad >= 0) return fail(`proof element ${bad} is ${proof[bad].length} bytes, not 32`);
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r: Uint8Array = leafHash;
  const steps: string[] = [];
  for (const p of proof) {
    if (sn === 0) return fail('the proof is longer than the tree is deep');
    if (fn % 2 === 1 || fn === sn) {
      r = hashChildren(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = hashChildren(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
    if (proven) {
      // Reaching, at the same place of the same tree, a hash already proven to lead to the root
      // proves this leaf too (the rest of the path is that proof's).
      const step = `${fn}:${sn}:${Buffer.from(r).toString('latin1')}`;
      if (proven.has(step)) {
        for (const s of steps) proven.add(s);
        return { ok: true };
      }
      steps.push(step);
    }
  }
  if (sn !== 0) return fail('the proof is shorter than the tree is deep');
  if (!equal(r, root)) return fail('the recomputed root differs from the checkpoint root');
  if (proven) for (const s of steps) proven.add(s);
  return { ok: true };
}

/**
 * Interior states (position and hash) of inclusion proofs already verified against one root and
 * tree size: verifying many leaves of one tree, a proof may stop where it joins one of them. Use a
 * fresh set per root.
 */
export type ProvenNodes = Set<string>;

/**
 * RFC 9162 §2.1.4.2: ok when the tree of `first` leaves with root `firstRoot` is a prefix of the
 * tree of `second` leaves with root `secondRoot`. Equal sizes need an empty proof and equal roots;
 * a consistency proof from the empty tree proves nothing and is refused.
 */
export function verifyConsistency(
  first: number,
  second: number,
  proof: Uint8Array[],
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
): ProofResult {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second)) {
    return fail('tree sizes must be integers');
  }
  if (second < first) return fail(`tree size ${second} is smaller than the earlier size ${first}`);
  if (first < 1) return fail('a consistency proof from the empty tree proves nothing');
  if (first === second) {
    if (proof.length > 0) return fail('equal tree sizes need an empty proof');
    return equal(firstRoot, secondRoot)
      ? { ok: true }
      : fail(`two different roots for the same tree size ${first}`);
  }
  if (proof.length === 0) return fail('the proof is empty');
  const bad = badElement(proof);
  if (bad >= 0) return fail(`proof element ${bad} is ${proof[bad].length} bytes, not 32`);
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : proof;
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr: Uint8Array = path[0];
  let sr: Uint8Array = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return fail('the proof is longer than the trees require');
    if (fn % 2 === 1 || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = hashChildren(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) return fail('the proof is shorter than the trees require');
  if (!equal(fr, firstRoot)) return fail(`the proof does not lead to the root of size ${first}`);
  if (!equal(sr, secondRoot)) return fail(`the proof does not lead to the root of size ${second}`);
  return { ok: true };
}
