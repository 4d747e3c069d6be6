import { EntitySchema } from 'typeorm';
import type { BondRow } from '../projections/bonds/bond.row';
import { bigint, date, json, key, money, text } from './read-model-columns.helpers';

/** rm_bonds (migration 1763700000500); columns in table order. */
export const BondEntity = new EntitySchema<BondRow>({
  name: 'rm_bonds',
  tableName: 'rm_bonds',
  columns: {
    contract_id: key(),
    stream_id: text(),
    required: money(true),
    signed_on: date(true),
    deposit_within: json(true),
    refund_terms: json(true),
    deduction_rules: json(),
    final_milestone_id: text(true),
    final_accepted_on: date(true),
    service_ended_on: date(true),
    terminated_on: date(true),
    deposit: json(true),
    deductions: json(),
    refund: json(true),
    deposited: money(),
    deducted: money(),
    refunded: money(),
    held: money(),
    signed_source: json(true),
    last_position: bigint(),
    anomalies: json(),
  },
});
