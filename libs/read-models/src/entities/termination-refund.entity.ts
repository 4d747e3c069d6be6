import { EntitySchema } from 'typeorm';
import type { TerminationRefundRow } from '../projections/termination-refunds/termination-refund.row';
import { bigint, bool, json, key, money, text } from './read-model-columns.helpers';

/** rm_termination_refunds (migration 1763700000600); columns in table order. */
export const TerminationRefundEntity = new EntitySchema<TerminationRefundRow>({
  name: 'rm_termination_refunds',
  tableName: 'rm_termination_refunds',
  columns: {
    contract_id: key(),
    stream_id: text(),
    service_period: json(true),
    annual_fee: money(true),
    divisor: json(true),
    refund_within: json(true),
    termination_day_performed: bool(true),
    payments: json(),
    fees_received: money(),
    termination: json(true),
    inputs: json(true),
    refund_due: money(true),
    refunds: json(),
    refunded: money(),
    signed_source: json(true),
    last_position: bigint(),
    anomalies: json(),
  },
});
