import { EntitySchema } from 'typeorm';
import type { ContractRow } from '../projections/contracts/contract.row';
import { date, json, key, money, bigint, text } from './read-model-columns.helpers';

/** rm_contracts (migration 1763700000200); columns in table order, as SELECT * returned them. */
export const ContractEntity = new EntitySchema<ContractRow>({
  name: 'rm_contracts',
  tableName: 'rm_contracts',
  columns: {
    contract_id: key(),
    stream_id: text(),
    contract_number: text(true),
    project_name: text(true),
    client_name: text(true),
    supplier_name: text(true),
    currency: text(true),
    status: text(),
    resume_to: json(true),
    signed_on: date(true),
    service_start: date(true),
    service_end: date(true),
    service_ended_on: date(true),
    signed_total: money(true),
    total: money(true),
    terminated_on: date(true),
    closed_on: date(true),
    notice: json(true),
    force_majeure: json(true),
    holdover: json(true),
    breach_notices: json(),
    milestones: json(),
    signed_source: json(true),
    last_position: bigint(),
    anomalies: json(),
  },
});
