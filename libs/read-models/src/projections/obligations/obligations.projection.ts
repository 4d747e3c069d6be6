import { isLocalDate } from '@app/domain';
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
 * Every contract event type: folded (it changes the contract, schedule, bond or refund rows, or
 * an obligation names it) or ignored (staff changes, penalties and a rejected acceptance create
 * or settle no obligation and move none of those rows).
 */
const on: RowHandlers<ObligationSourceRow> = {
  ContractSigned: folded,
  InvoiceReceived: folded,
  PaymentApplicationConfirmed: folded,
  PaymentRecorded: folded,
  MilestoneAccepted: folded,
  AcceptanceRejected: 'ignore',
  AcceptanceDeemed: folded,
  AcceptanceApplied: folded,
  AcceptanceStarted: folded,
  ReviewReportSubmitted: folded,
  ReviewConcluded: folded,
  StaffChangeNotified: 'ignore',
  StaffChangeApproved: 'ignore',
  StaffChangeRejected: 'ignore',
  PenaltyAssessed: 'ignore',
  PenaltyWaived: 'ignore',
  PenaltyPaid: 'ignore',
  LateInterestPaid: folded,
  LateInterestWaived: folded,
  PaymentRestrictionStarted: folded,
  PaymentRestrictionEnded: folded,
  BreachNoticeIssued: folded,
  BreachCured: folded,
  TerminationNoticeIssued: folded,
  TerminationNoticeWithdrawn: folded,
  ContractTerminated: folded,
  RefundPaid: folded,
  ServicePeriodEnded: folded,
  HoldoverStarted: folded,
  HoldoverEnded: folded,
  HoldoverFeePaid: folded,
  ForceMajeureDeclared: folded,
  ForceMajeureEnded: folded,
  AmendmentSigned: folded,
  FinalPaymentAdjusted: folded,
  BondDeposited: folded,
  BondDeducted: folded,
  BondRefunded: folded,
  CorrectionRecorded: folded,
  ContractClosed: folded,
  InvoiceRejected: folded,
  // Deadline facts (the scheduler's) restate what the obligations derive from the terms and the
  // acts; they settle nothing and move none of the rows.
  InstallmentBecameOverdue: 'ignore',
  ReviewDeemedPassed: 'ignore',
  BondRefundOverdue: 'ignore',
  CurePeriodExpired: 'ignore',
  DeadlineRescheduled: recounted,
};

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
