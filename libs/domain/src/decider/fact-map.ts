/**
 * An immutable map of recorded facts by the id their command chose, cheap to extend: `set` copies
 * one of 64 small buckets instead of the whole map, so folding the 1,001st payment of a contract
 * costs what folding the first did (a spread of a 1,000-key object costs ~2 ms). Values come back
 * in the order their ids were first recorded, as the events were.
 */
const BUCKETS = 64;

interface Entry<T> {
  readonly seq: number;
  readonly value: T;
}

type Bucket<T> = Readonly<Record<string, Entry<T>>>;

export class FactMap<T> {
  private constructor(
    private readonly buckets: readonly (Bucket<T> | undefined)[],
    /** How many ids were ever recorded (the next entry's sequence number). */
    readonly size: number,
  ) {}

  static empty<T>(): FactMap<T> {
    return new FactMap<T>(new Array<Bucket<T> | undefined>(BUCKETS).fill(undefined), 0);
  }

  static of<T>(entries: Record<string, T>): FactMap<T> {
    return Object.entries(entries).reduce((m, [id, v]) => m.set(id, v), FactMap.empty<T>());
  }

  get(id: string): T | undefined {
    const bucket = this.buckets[bucketOf(id)];
    return bucket && Object.prototype.hasOwnProperty.call(bucket, id)
      ? bucket[id].value
      : undefined;
  }

  /** A new map with `id` set to `value` (a replaced fact keeps its place in the order). */
  set(id: string, value: T): FactMap<T> {
    const index = bucketOf(id);
    const bucket = this.buckets[index];
    const existing = bucket && Object.prototype.hasOwnProperty.call(bucket, id) ? bucket[id] : null;
    const entry = { seq: existing ? existing.seq : this.size, value };
    const buckets = this.buckets.slice();
    buckets[index] = { ...bucket, [id]: entry };
    return new FactMap(buckets, existing ? this.size : this.size + 1);
  }

  /** Every fact, in the order first recorded (O(n log n): for rare, whole-contract questions). */
  values(): T[] {
    const entries: Entry<T>[] = [];
    for (const bucket of this.buckets) if (bucket) entries.push(...Object.values(bucket));
    return entries.sort((a, b) => a.seq - b.seq).map((e) => e.value);
  }
}

/** FNV-1a over the id's UTF-16 code units, folded to a bucket. */
function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}
