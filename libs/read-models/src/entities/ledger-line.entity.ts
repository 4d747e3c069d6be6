import { EntitySchema } from 'typeorm';
import type { LedgerLineRow } from '../projections/ledger-lines/ledger-line.row';
import {
  bigint,
  date,
  integer,
  json,
  key,
  money,
  text,
  timestamptz,
  uuid,
} from './read-model-columns.helpers';

/**
 * rm_ledger_lines (migration 1763700000400); columns in table order, except recorded_at, which
 * comes last as the former SQL select put it (row key order). It reads as ISO-8601 UTC with
 * milliseconds (what the event store reports), via the isoTimestamp transformer.
 */
export const LedgerLineEntity = new EntitySchema<LedgerLineRow>({
  name: 'rm_ledger_lines',
  tableName: 'rm_ledger_lines',
  columns: {
    line_key: key(),
    contract_id: text(),
    stream_id: text(),
    event_id: uuid(),
    event_type: text(),
    line_no: integer(),
    revision: integer(),
    position: bigint(),
    business_date: date(),
    actor: text(),
    kind: text(),
    account: text(),
    amount: money(),
    installment_id: text(true),
    fact_type: text(true),
    fact_id: text(true),
    corrects: json(true),
    corrected_by: json(),
    fact: json(true),
    flags: json(),
    description: text(),
    recorded_at: timestamptz(),
  },
});
