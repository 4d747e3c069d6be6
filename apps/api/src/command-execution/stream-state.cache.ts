/**
 * What a command needs of a stream, remembered between commands so that each one reads only
 * the events appended since (a contract's stream grows to hundreds of events; folding it all
 * again for every payment is most of a command's cost). The store stays the source of truth: the
 * append is guarded by the cached revision, so another process's appends show up as a conflict
 * (the cache is dropped and the stream re-read), and a refusal is checked against the events
 * since the cached revision before it is answered.
 */
export interface CachedStreamState<S> {
  state: S;
  /** Revision of the last event folded into `state` (-1: empty stream). */
  revision: number;
  position: bigint | null;
  /** Ids of every event in the stream, to recognise a command that was already applied. */
  eventIds: Set<string>;
}

export class StreamStateCache<S> {
  private readonly entries = new Map<string, CachedStreamState<S>>();

  constructor(private readonly capacity: number) {}

  get(streamId: string): CachedStreamState<S> | undefined {
    const entry = this.entries.get(streamId);
    if (entry) {
      // Map keeps insertion order: re-inserting marks the entry as most recently used.
      this.entries.delete(streamId);
      this.entries.set(streamId, entry);
    }
    return entry;
  }

  /** Forgets the stream: the next command reads it from the store again. */
  delete(streamId: string): void {
    this.entries.delete(streamId);
  }

  set(streamId: string, entry: CachedStreamState<S>): void {
    const current = this.entries.get(streamId);
    // Concurrent commands may finish out of order: never replace newer knowledge with older.
    if (current && current.revision > entry.revision) return;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
