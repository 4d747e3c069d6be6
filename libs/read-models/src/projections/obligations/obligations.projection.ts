import { CONTRACT_EVENT_TYPES, isLocalDate } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import { DERIVED_FACT_EVENT_TYPES } from '../../obligations/derived-facts.builder';
import { OBLIGATION_EVENT_TYPES } from '../../obligations/obligation.mapper';
import { bondsProjection } from '../bonds/bonds.projection';
import { contractsProjection } from '../contracts/contracts.projection';
import { paymentSchedulesProjection } from '../payment-schedules/payment-schedules.projection';
import { contractProjection, type ContractFact, type RowHandlers } from '../shared';
import { terminationRefundsProjection } from '../termination-refunds/termination-refunds.projection';
import { obligationRowsOf } from './obligation-rows';
import { obligationSourcesTable, type ObligationSourceRow } from './obligation-source.row';
import { obligationsTable } from './obligation.row';

/** The events the obligations name or read (obligation.mapper, derived-facts.builder). */
export const KEPT_EVENT_TYPES: ReadonlySet<string> = new Set([
  ...OBLIGATION_EVENT_TYPES,
  ...DERIVED_FACT_EVENT_TYPES,
]);

/**
 * Any event the views' rows or the obligations read: each of the four projections folds it into
 * its own row (their evolve, so the rows are the very rows the api reads), an event the
 * obligations name is kept, and the horizon moves to its business day.
 */
function folded(row: ObligationSourceRow, fact: ContractFact): ObligationSourceRow {
  const event = fact as RecordedEvent;
  const key = row.contract_id;
  const none = () => null;
  const r = row.rows;
  const rows = {
    contract: contractsProjection.evolve(r.contract, event, key, none),
    schedule: paymentSchedulesProjection.evolve(r.schedule, event, key, none),
    bond: bondsProjection.evolve(r.bond, event, key, none),
    refund: terminationRefundsProjection.evolve(r.refund, event, key, none),
  };
  const day = event.occurredAt.slice(0, 10);
  const later = isLocalDate(day) && (row.horizon === null || day > row.horizon);
  return {
    ...row,
    rows,
    events: KEPT_EVENT_TYPES.has(event.type)
      ? [
          ...row.events,
          {
            eventId: event.eventId,
            position: event.position.toString(),
            type: event.type,
            occurredAt: event.occurredAt,
            data: event.data,
          },
        ]
      : row.events,
    horizon: later ? day : row.horizon,
  };
}

/**
 * A calendar year's official data moved a provisional deadline: nothing of the contract changed,
 * but its obligations are counted again with the calendar now in force (a new object is a write,
 * and the runner replaces the row's children).
 */
function recounted(row: ObligationSourceRow): ObligationSourceRow {
  return { ...row };
}

/**
 * Every contract event type, decided from what reads it rather than listed again here: folded if
 * one of the four row projections handles it (their tables decide) or the obligations name or
 * read it (KEPT_EVENT_TYPES); a rescheduled deadline recounts (the working-day calendar moved);
 * anything else (staff changes, penalties, a rejected acceptance, the other deadline facts, which
 * restate what the obligations derive from the terms and the acts) is ignored. So a new event
 * type needs no line here, and the copies of the four rows stay the rows the api reads.
 */
const ROW_PROJECTIONS = [
  contractsProjection,
  paymentSchedulesProjection,
  bondsProjection,
  terminationRefundsProjection,
];
const FOLDED: ReadonlySet<string> = new Set([
  ...ROW_PROJECTIONS.flatMap((p) => p.eventTypes ?? []),
  ...KEPT_EVENT_TYPES,
]);
const on = Object.fromEntries(
  CONTRACT_EVENT_TYPES.map((t) => [
    t,
    t === 'DeadlineRescheduled' ? recounted : FOLDED.has(t) ? folded : 'ignore',
  ]),
) as RowHandlers<ObligationSourceRow>;

/**
 * Obligations across contracts (issue 11): per contract a source row (rm_obligation_sources)
 * and, as its child rows, one row per obligation (rm_obligations, obligationRowsOf) — written
 * by the generic runner with the checkpoint in the same transaction.
 */
export const obligationsProjection: Projection<ObligationSourceRow> = {
  ...contractProjection({ name: 'obligations', table: obligationSourcesTable, on }),
  children: { table: obligationsTable.name, parentKey: 'contract_id', of: obligationRowsOf },
};

export { on as obligationSourceHandlers };
