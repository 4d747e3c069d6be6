import { isContractEventType, type ContractEventType, type EventOf } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { ContractRowType, FigureMovingType, FigureNeutralType } from './figure-neutral';

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
 * 'ignore'. Keyed by every event type that moves a figure (a new one does not compile until each
 * projection has decided about it); the figure-neutral ones (FIGURE_NEUTRAL_EVENTS) and those
 * only the contract row reads (CONTRACT_ROW_EVENTS) are ignored unless the table names them. The table is the projection's list of event types.
 */
export type RowHandlers<Row> = {
  [T in FigureMovingType]: RowHandler<Row, T> | 'ignore';
} & {
  [T in FigureNeutralType | ContractRowType]?: RowHandler<Row, T> | 'ignore';
};

/** The contract row's table: it must decide the contract-row events (CONTRACT_ROW_EVENTS) too. */
export type ContractRowHandlers<Row> = RowHandlers<Row> & {
  [T in ContractRowType]: RowHandler<Row, T> | 'ignore';
};

export type RowHandler<Row, T extends ContractEventType> = (
  row: Row,
  event: ContractFact<T>,
) => Row;

/** The event types a table handles (the runner delivers only these). */
export function handledTypes(
  table: Partial<Record<ContractEventType, unknown>>,
): ContractEventType[] {
  return (Object.keys(table) as ContractEventType[]).filter(
    (t) => table[t] !== undefined && table[t] !== 'ignore',
  );
}

/** A table's decision for one event type: a neutral type it does not name is ignored. */
export function decisionOf(
  table: Partial<Record<ContractEventType, unknown>>,
  type: ContractEventType,
): unknown {
  return table[type] ?? 'ignore';
}
