import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/database';
import { textQuery } from '@app/projections';
import type { BondRow } from '../../../projector/src/projections/bonds/bond.row';
import type { ContractRow } from '../../../projector/src/projections/contracts/contract.row';
import type { LedgerLineRow } from '../../../projector/src/projections/ledger-lines/ledger-line.row';
import type { PaymentScheduleRow } from '../../../projector/src/projections/payment-schedules/payment-schedule.row';
import type { StreamSummaryRow } from '../../../projector/src/projections/stream-summary/stream-summary.projection';
import type { TerminationRefundRow } from '../../../projector/src/projections/termination-refunds/termination-refund.row';
import type { ContractRows } from './views/deadlines.calc';

/** Ledger columns, with the record time as ISO-8601 UTC (what the event store reports). */
const LINE_COLUMNS = `line_key, contract_id, stream_id, event_id::text AS event_id, event_type, line_no,
  revision, position, business_date, actor, kind, account, amount, installment_id, fact_type,
  fact_id, corrects, corrected_by, fact, flags, description,
  to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at`;

export interface ContractFilter {
  client?: string;
  supplier?: string;
  status?: string;
  cursor?: string;
  limit: number;
}

/** Reads the projected tables exactly as stored: money, dates and positions stay strings. */
@Injectable()
export class ReadModelRepository {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  private async one<R>(table: string, contractId: string): Promise<R | null> {
    const { rows } = await this.pool.query(
      textQuery(`SELECT * FROM ${table} WHERE contract_id = $1`, [contractId]),
    );
    return (rows[0] as R | undefined) ?? null;
  }

  private async many<R>(table: string, ids: string[]): Promise<Map<string, R>> {
    const { rows } = await this.pool.query(
      textQuery(`SELECT * FROM ${table} WHERE contract_id = ANY($1::text[])`, [ids]),
    );
    return new Map(rows.map((r) => [String(r.contract_id), r as R]));
  }

  schedule(id: string): Promise<PaymentScheduleRow | null> {
    return this.one('rm_payment_schedules', id);
  }

  bond(id: string): Promise<BondRow | null> {
    return this.one('rm_bonds', id);
  }

  terminationRefund(id: string): Promise<TerminationRefundRow | null> {
    return this.one('rm_termination_refunds', id);
  }

  async streamSummary(streamId: string): Promise<StreamSummaryRow | null> {
    const { rows } = await this.pool.query(
      textQuery('SELECT * FROM rm_stream_summary WHERE stream_id = $1', [streamId]),
    );
    return (rows[0] as StreamSummaryRow | undefined) ?? null;
  }

  async lines(contractId: string): Promise<LedgerLineRow[]> {
    const { rows } = await this.pool.query(
      textQuery(
        `SELECT ${LINE_COLUMNS} FROM rm_ledger_lines WHERE contract_id = $1 ORDER BY position, line_no`,
        [contractId],
      ),
    );
    return rows as LedgerLineRow[];
  }

  /** Every read model row of one contract; null when the contract has no row at all. */
  async contractRows(id: string): Promise<ContractRows | null> {
    const [contract, schedule, bond, refund] = await Promise.all([
      this.one<ContractRow>('rm_contracts', id),
      this.schedule(id),
      this.bond(id),
      this.terminationRefund(id),
    ]);
    return contract ? { contract, schedule, bond, refund } : null;
  }

  /** A page of contracts (by id) with their rows, filtered by party and status. */
  async contractPage(filter: ContractFilter): Promise<ContractRows[]> {
    const { rows } = await this.pool.query(
      textQuery(
        `SELECT * FROM rm_contracts
          WHERE ($1::text IS NULL OR client_name = $1) AND ($2::text IS NULL OR supplier_name = $2)
            AND ($3::text IS NULL OR status = $3) AND ($4::text IS NULL OR contract_id > $4)
          ORDER BY contract_id LIMIT $5`,
        [
          filter.client ?? null,
          filter.supplier ?? null,
          filter.status ?? null,
          filter.cursor ?? null,
          filter.limit,
        ],
      ),
    );
    const contracts = rows as ContractRow[];
    const ids = contracts.map((c) => c.contract_id);
    const [schedules, bonds, refunds] = await Promise.all([
      this.many<PaymentScheduleRow>('rm_payment_schedules', ids),
      this.many<BondRow>('rm_bonds', ids),
      this.many<TerminationRefundRow>('rm_termination_refunds', ids),
    ]);
    return contracts.map((contract) => ({
      contract,
      schedule: schedules.get(contract.contract_id) ?? null,
      bond: bonds.get(contract.contract_id) ?? null,
      refund: refunds.get(contract.contract_id) ?? null,
    }));
  }
}
