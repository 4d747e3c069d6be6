import { isContractEventType, type ContractEventType, type EventOf } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';

/** A recorded contract event, its data typed by its type: what every projection handler gets. */
export type ContractFact<T extends ContractEventType = ContractEventType> = {
  [K in T]: RecordedEvent<K, EventOf<K>['data']>;
}[T];

/**
 * The one place a recorded event becomes typed: by its `type`, which names one of the contract
 * events (libs/domain ContractEvent). Nothing else is checked here: a store may hold facts an
 * older version or an import wrote, so handlers read money and dates defensively (moneyOrNull,
 * dateOrNull), and a handler that still throws on a malformed fact is caught by
 * contractProjection / the ledger, which record it (an anomaly, a flagged line) and go on.
 */
export function contractFactOf(event: RecordedEvent): ContractFact | null {
  return isContractEventType(event.type) ? (event as ContractFact) : null;
}

/**
 * What a per-row projection does with each contract event type: a handler, or an explicit
 * 'ignore'. Keyed by every ContractEventType, so a new event type does not compile until each
 * projection has decided about it; the table is the projection's list of event types.
 */
export type RowHandlers<Row> = {
  [T in ContractEventType]: ((row: Row, event: ContractFact<T>) => Row) | 'ignore';
};

/** The event types a table handles (the runner delivers only these). */
export function handledTypes(table: Record<ContractEventType, unknown>): ContractEventType[] {
  return (Object.keys(table) as ContractEventType[]).filter((t) => table[t] !== 'ignore');
}
