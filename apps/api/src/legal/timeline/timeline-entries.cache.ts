import { Injectable } from '@nestjs/common';
import type { RecordedEvent } from '@app/event-store';
import type { LedgerLineRow } from '@app/read-models';
import { EventEntries } from './event-entries';

/** Bases whose event entries are kept (a 10,000-event contract's: ~8 MB with their JSON). */
const BASES_KEPT = 8;

/**
 * The asOf-independent part of the timelines last asked (EventEntries), per basis: legal asking
 * one basis on several dates ("by 15 March?", "by 15 April?") sorts and books its events, and
 * serialises their entries (timelineJsonChunks), once. A basis is the events known at it — the
 * stream known now, or as known at a `knownAt` — so it is keyed by the contract and the number
 * of its events, and kept only while they are the same event objects (the stream cache hands
 * out the same ones); a new event makes a new basis. Least recently asked bases are dropped
 * beyond BASES_KEPT. A new basis shares the entries of the contract's longest kept basis built
 * without a template (EventEntries), so no basis keeps a chain of others alive.
 */
@Injectable()
export class TimelineEntriesCache {
  private readonly kept = new Map<string, EventEntries>();

  entriesOf(
    contractId: string,
    events: readonly RecordedEvent[],
    lines: readonly LedgerLineRow[],
  ): EventEntries {
    const key = `${events.length}:${contractId}`;
    const cached = this.kept.get(key);
    this.kept.delete(key);
    const entries = cached?.isOf(events)
      ? cached
      : new EventEntries(events, lines, this.templateFor(contractId));
    this.kept.set(key, entries);
    if (this.kept.size > BASES_KEPT) this.kept.delete(this.kept.keys().next().value!);
    return entries;
  }

  /** The contract's longest kept basis that shares with none. */
  private templateFor(contractId: string): EventEntries | undefined {
    let best: EventEntries | undefined;
    for (const [key, entries] of this.kept) {
      if (entries.sharing || key.slice(key.indexOf(':') + 1) !== contractId) continue;
      if (!best || entries.events.length > best.events.length) best = entries;
    }
    return best;
  }
}
