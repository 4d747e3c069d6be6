import type { EventStore, GlobalPosition } from '@app/event-store';

const PAGE = 1_000;

/**
 * The contracts in the store, found from their ContractSigned events: the whole log is read once,
 * then only what was appended since (the scheduler's process keeps the directory between runs).
 */
export class ContractDirectory {
  private readonly ids = new Set<string>();
  private after: GlobalPosition | undefined;

  constructor(private readonly store: EventStore) {}

  async contractIds(): Promise<string[]> {
    for (;;) {
      const page = await this.store.readAll({ after: this.after, limit: PAGE });
      for (const e of page) {
        if (e.type === 'ContractSigned' && e.streamId.startsWith('contract-'))
          this.ids.add(e.streamId.slice('contract-'.length));
      }
      if (page.length > 0) this.after = page[page.length - 1].position;
      if (page.length < PAGE) break;
    }
    return [...this.ids].sort();
  }
}
