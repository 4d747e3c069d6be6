import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/database';
import { textQuery } from '@app/projections';
import type { EventRef } from './views/view-support.helpers';

export interface PortfolioFilter {
  client?: string;
  supplier?: string;
  /** Business dates of the ledger lines: movements dated in [from, to]. */
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
}

export interface PortfolioContract {
  contractId: string;
  client: string | null;
  supplier: string | null;
  status: string;
  sums: Record<string, { amount: string; sources: EventRef[] }>;
}

const ACCOUNTS = ['expected', 'invoiced', 'received', 'refundsPaid'];
const CONTRACT_FILTER = `($1::text IS NULL OR c.client_name = $1) AND ($2::text IS NULL OR c.supplier_name = $2)`;
/**
 * The lines behind the figures, as in GET /contracts/:id/reconciliation (002 第十二条 2): after a
 * termination, expected = scheduled − cancelled installments (dated the termination, sourced by
 * ContractTerminated) − the refund due, and refunds paid give back what was received, so
 * outstanding = expected − (received − refunds paid).
 */
const FEE_LINES = `(
  SELECT x.contract_id, x.event_id::text AS event_id, x.position, x.business_date,
         CASE WHEN x.account <> 'refund' THEN x.account
              WHEN x.kind = 'refund_due' THEN 'expected' ELSE 'refundsPaid' END AS account,
         CASE WHEN x.account = 'refund' THEN -x.amount ELSE x.amount END AS amount
    FROM rm_ledger_lines x
   WHERE x.account IN ('expected', 'invoiced', 'received', 'refund')
  UNION ALL
  SELECT s.contract_id, i->'cancelled'->'source'->>'eventId',
         (i->'cancelled'->'source'->>'position')::bigint, (i->'cancelled'->>'on')::date,
         'expected', -((i->'cancelled'->>'amount')::numeric)
    FROM rm_payment_schedules s CROSS JOIN LATERAL jsonb_array_elements(s.installments) i
   WHERE jsonb_typeof(i->'cancelled') = 'object'
) l`;
/** Lines dated in [from, to] on the fee accounts; `n` is the number of the `from` parameter. */
const lineFilter = (n: number) =>
  `($${n}::date IS NULL OR l.business_date >= $${n}) AND ($${n + 1}::date IS NULL OR l.business_date <= $${n + 1})
   AND l.account = ANY($${n + 2}::text[])`;

/** Sums of ledger lines across the portfolio (GET /reconciliation), one page of contracts at a time. */
@Injectable()
export class PortfolioReconciliationQuery {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async page(f: PortfolioFilter): Promise<PortfolioContract[]> {
    const base = [f.client ?? null, f.supplier ?? null];
    const { rows: contracts } = await this.pool.query(
      textQuery(
        `SELECT c.contract_id, c.client_name, c.supplier_name, c.status FROM rm_contracts c
          WHERE ${CONTRACT_FILTER} AND ($3::text IS NULL OR c.contract_id > $3)
          ORDER BY c.contract_id LIMIT $4`,
        [...base, f.cursor ?? null, f.limit],
      ),
    );
    const ids = contracts.map((c) => String(c.contract_id));
    const { rows: sums } = await this.pool.query(
      textQuery(
        `SELECT l.contract_id, l.account, sum(l.amount) AS amount,
                jsonb_agg(DISTINCT jsonb_build_object('eventId', l.event_id, 'position', l.position::text)) AS sources
           FROM ${FEE_LINES}
          WHERE l.contract_id = ANY($4::text[]) AND ${lineFilter(1)}
          GROUP BY l.contract_id, l.account`,
        [f.from ?? null, f.to ?? null, ACCOUNTS, ids],
      ),
    );
    return contracts.map((c) => {
      const mine = sums.filter((s) => s.contract_id === c.contract_id);
      return {
        contractId: String(c.contract_id),
        client: c.client_name as string | null,
        supplier: c.supplier_name as string | null,
        status: String(c.status),
        sums: Object.fromEntries(
          mine.map((s) => [
            String(s.account),
            {
              amount: String(s.amount),
              sources: (s.sources as EventRef[]).sort((a, b) =>
                BigInt(a.position) < BigInt(b.position) ? -1 : 1,
              ),
            },
          ]),
        ),
      };
    });
  }

  /** Totals over every contract matching the filter (all pages). */
  async totals(f: PortfolioFilter): Promise<{ contracts: number; sums: Record<string, string> }> {
    const base = [f.client ?? null, f.supplier ?? null];
    const [count, sums] = await Promise.all([
      this.pool.query(
        textQuery(`SELECT count(*) AS n FROM rm_contracts c WHERE ${CONTRACT_FILTER}`, base),
      ),
      this.pool.query(
        textQuery(
          `SELECT l.account, sum(l.amount) AS amount
             FROM ${FEE_LINES} JOIN rm_contracts c ON c.contract_id = l.contract_id
            WHERE ${CONTRACT_FILTER} AND ${lineFilter(3)}
            GROUP BY l.account`,
          [...base, f.from ?? null, f.to ?? null, ACCOUNTS],
        ),
      ),
    ]);
    return {
      contracts: Number(count.rows[0].n),
      sums: Object.fromEntries(sums.rows.map((r) => [String(r.account), String(r.amount)])),
    };
  }
}
