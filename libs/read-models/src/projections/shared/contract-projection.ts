import type { RecordedEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import {
  blankRow,
  type Columns,
  type ReadModelTable,
  type RowOf,
} from '../../tables/read-model-table';
import { withAnomaly, type Anomaly } from './anomalies.helpers';
import {
  contractFactOf,
  decisionOf,
  handledTypes,
  type ContractFact,
  type RowHandlers,
} from './contract-fact';
import { contractKey } from './event-facts.helpers';

/** The columns every one-row-per-contract table has. */
export interface PerContractRow {
  contract_id: string;
  stream_id: string;
  last_position: string;
  anomalies: Anomaly[];
}

/**
 * A projection with one row per contract (in the spirit of Emmett's
 * pongoSingleStreamProjection({ evolve, canHandle })): the row is keyed by the contract id of the
 * stream, created blank from the table's column spec on the first event it handles, stamped with
 * the position of every event that changes it. `on` says, per contract event type, how the row
 * changes or that the event is ignored. A handler that returns its input changes nothing (no
 * write, and no blank row for an event that did not concern the contract). A handler that throws
 * on a malformed fact does not stop the projector: the row records the anomaly instead.
 */
export function contractProjection<C extends Columns>(spec: {
  name: string;
  table: ReadModelTable<C> & { columns: { [K in keyof PerContractRow]: unknown } };
  on: RowHandlers<RowOf<C>>;
}): Projection<RowOf<C>> {
  type Row = RowOf<C>;
  const { table, on } = spec;
  const handles = new Set<string>(handledTypes(on));
  const blank = (key: string, event: RecordedEvent) =>
    blankRow(table, {
      contract_id: key,
      stream_id: event.streamId,
      last_position: event.position.toString(),
    } as never) as Row;
  return {
    name: spec.name,
    table: table.name,
    key: table.key,
    eventTypes: [...handles],
    keysOf: (event) => (handles.has(event.type) ? contractKey(event) : []),
    evolve(current, event, key) {
      const fact = contractFactOf(event);
      const handler = fact === null ? 'ignore' : decisionOf(on, fact.type);
      if (fact === null || handler === 'ignore') return current;
      const base = current ?? blank(key, event);
      let next: Row;
      try {
        // The handler of the fact's own type (TypeScript cannot correlate the two by itself).
        next = (handler as (row: Row, event: ContractFact) => Row)(base, fact);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return withAnomaly(base as Row & PerContractRow, event, `unprocessable: ${message}`);
      }
      if (next === base) return current;
      return { ...next, last_position: event.position.toString() };
    },
  };
}
