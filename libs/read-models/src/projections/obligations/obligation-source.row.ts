import { col, readModelTable, type RowOf } from '../../tables/read-model-table';
import type { BondRow } from '../bonds/bond.row';
import type { ContractRow } from '../contracts/contract.row';
import type { PaymentScheduleRow } from '../payment-schedules/payment-schedule.row';
import type { Anomaly } from '../shared';
import type { TerminationRefundRow } from '../termination-refunds/termination-refund.row';

/** The rows the views read, folded by the projector's own projections (their evolve, in memory). */
export interface SourceRows {
  contract: ContractRow | null;
  schedule: PaymentScheduleRow | null;
  bond: BondRow | null;
  refund: TerminationRefundRow | null;
}

/** A recorded event the obligations read (created/settled by, reviews, acceptance, cures). */
export interface KeptEvent {
  eventId: string;
  position: string;
  type: string;
  occurredAt: string;
  data: unknown;
}

/**
 * rm_obligation_sources: one row per contract, what its obligations (rm_obligations, the child
 * rows) are derived from — the contract's rows as the contracts, payment_schedules, bonds and
 * termination_refunds projections fold them, and the events the obligations name.
 */
export const obligationSourcesTable = readModelTable('rm_obligation_sources', {
  contract_id: col.key(),
  stream_id: col.text(),
  rows: col.jsonb<SourceRows>({ contract: null, schedule: null, bond: null, refund: null }),
  events: col.jsonb<KeptEvent[]>([]),
  /** The latest business day of the events folded in: the child rows are exact as of it and later. */
  horizon: col.orNull(col.date()),
  last_position: col.bigint(),
  anomalies: col.jsonb<Anomaly[]>([]),
});

export type ObligationSourceRow = RowOf<typeof obligationSourcesTable.columns>;
