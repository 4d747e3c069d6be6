import type { StreamHead } from './append-batch';

/**
 * Last known (revision, hash) per stream, so an append can send its hashes in the same round trip
 * that reads the stream head. It is only ever a guess: the append statement compares it with the
 * real head and answers 'stale_head' with that head, costing one more round trip. Bounded, least
 * recently used first out.
 */
export class StreamHeadCache {
  private readonly heads = new Map<string, StreamHead>();

  constructor(private readonly capacity: number) {}

  get(streamId: string): StreamHead | undefined {
    return this.heads.get(streamId);
  }

  /** Records a head unless a newer one is already known (reads may return older heads). */
  remember(streamId: string, head: StreamHead): void {
    const known = this.heads.get(streamId);
    if (known && known.revision > head.revision) return;
    this.set(streamId, head);
  }

  /** Records a head the database just reported as current. */
  set(streamId: string, head: StreamHead): void {
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > this.capacity) {
      const oldest = this.heads.keys().next().value;
      if (oldest !== undefined) this.heads.delete(oldest);
    }
  }

  forget(streamId: string): void {
    this.heads.delete(streamId);
  }
}
