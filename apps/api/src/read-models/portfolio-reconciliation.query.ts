import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ContractEntity, LedgerLineEntity, PaymentScheduleEntity } from '@app/read-models';
import { READ_MODEL_DATA_SOURCE } from './read-model-data-source.provider';
import type { EventRef } from '@app/read-models';

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

/** Contracts (alias `c`) of the filter's client and supplier. */
function whereParties<Q extends ObjectLiteral>(qb: SelectQueryBuilder<Q>, f: PortfolioFilter) {
  if (f.client != null) qb.andWhere('c.client_name = :client', { client: f.client });
  if (f.supplier != null) qb.andWhere('c.supplier_name = :supplier', { supplier: f.supplier });
  return qb;
}

/** Fee lines (alias `l`) dated in [from, to] on the reconciled accounts. */
function whereLines<Q extends ObjectLiteral>(qb: SelectQueryBuilder<Q>, f: PortfolioFilter) {
  if (f.from != null) qb.andWhere('l.business_date >= :fromDate', { fromDate: f.from });
  if (f.to != null) qb.andWhere('l.business_date <= :toDate', { toDate: f.to });
  return qb.andWhere('l.account IN (:...accounts)', { accounts: ACCOUNTS });
}

/** Sums of ledger lines across the portfolio (GET /reconciliation), one page of contracts at a time. */
@Injectable()
export class PortfolioReconciliationQuery {
  constructor(@Inject(READ_MODEL_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /**
   * The lines behind the figures, as in GET /contracts/:id/reconciliation (002 第十二条 2): after
   * a termination, expected = scheduled − cancelled installments (dated the termination, sourced
   * by ContractTerminated) − the refund due, and refunds paid give back what was received, so
   * outstanding = expected − (received − refunds paid); the client's holdover fee (001 2.3) is
   * expected too (summary and schedule: holdoverDue). A subquery: TypeORM has no UNION. Both
   * halves select the same columns in the same order: TypeORM puts an entity's columns (in entity
   * order) before computed expressions, so the ledger half lists them first.
   */
  private feeLines(): string {
    const ledger = this.dataSource
      .getRepository(LedgerLineEntity)
      .createQueryBuilder('x')
      .select('x.contract_id', 'contract_id')
      .addSelect('x.position', 'position')
      .addSelect('x.business_date', 'business_date')
      .addSelect('x.event_id::text', 'event_id')
      .addSelect(
        `CASE WHEN x.account <> 'refund' THEN x.account
              WHEN x.kind = 'refund_due' THEN 'expected' ELSE 'refundsPaid' END`,
        'account',
      )
      .addSelect(`CASE WHEN x.account = 'refund' THEN -x.amount ELSE x.amount END`, 'amount')
      .where(`x.account IN ('expected', 'invoiced', 'received', 'refund')`);
    const installments = this.dataSource
      .getRepository(PaymentScheduleEntity)
      .createQueryBuilder('s')
      .select('s.contract_id', 'contract_id')
      .addSelect('jsonb_array_elements(s.installments)', 'i');
    const cancelled = this.dataSource
      .createQueryBuilder()
      .select('e.contract_id', 'contract_id')
      .addSelect(`(e.i->'cancelled'->'source'->>'position')::bigint`, 'position')
      .addSelect(`(e.i->'cancelled'->>'on')::date`, 'business_date')
      .addSelect(`e.i->'cancelled'->'source'->>'eventId'`, 'event_id')
      .addSelect(`'expected'`, 'account')
      .addSelect(`-((e.i->'cancelled'->>'amount')::numeric)`, 'amount')
      .from(`(${installments.getQuery()})`, 'e')
      .where(`jsonb_typeof(e.i->'cancelled') = 'object'`);
    // 001 2.3: the holdover fee the client owes is expected fees, dated the last holdover day;
    // 002 第十三条's is the successor contract's and not counted here (paidBy = 'successor').
    const holdover = this.dataSource
      .getRepository(PaymentScheduleEntity)
      .createQueryBuilder('h')
      .select('h.contract_id', 'contract_id')
      .addSelect(`(h.holdover->'source'->>'position')::bigint`, 'position')
      .addSelect(`(h.holdover->>'endedOn')::date`, 'business_date')
      .addSelect(`h.holdover->'source'->>'eventId'`, 'event_id')
      .addSelect(`'expected'`, 'account')
      .addSelect(`(h.holdover->>'fee')::numeric`, 'amount')
      .where(`h.holdover->>'paidBy' = 'client'`);
    return `(${ledger.getQuery()} UNION ALL ${cancelled.getQuery()} UNION ALL ${holdover.getQuery()})`;
  }

  private contracts(f: PortfolioFilter) {
    return whereParties(this.dataSource.getRepository(ContractEntity).createQueryBuilder('c'), f);
  }

  async page(f: PortfolioFilter): Promise<PortfolioContract[]> {
    const qb = this.contracts(f)
      .select(['c.contract_id', 'c.client_name', 'c.supplier_name', 'c.status'])
      .orderBy('c.contract_id', 'ASC')
      .limit(f.limit);
    if (f.cursor != null) qb.andWhere('c.contract_id > :cursor', { cursor: f.cursor });
    const contracts = await qb.getMany();
    if (contracts.length === 0) return [];
    const sums = await whereLines(
      this.dataSource
        .createQueryBuilder()
        .select('l.contract_id', 'contract_id')
        .addSelect('l.account', 'account')
        .addSelect('sum(l.amount)', 'amount')
        .addSelect(
          `jsonb_agg(DISTINCT jsonb_build_object('eventId', l.event_id, 'position', l.position::text))`,
          'sources',
        )
        .from(this.feeLines(), 'l')
        .where('l.contract_id IN (:...ids)', { ids: contracts.map((c) => c.contract_id) }),
      f,
    )
      .groupBy('l.contract_id')
      .addGroupBy('l.account')
      .getRawMany<{ contract_id: string; account: string; amount: string; sources: EventRef[] }>();
    return contracts.map((c) => ({
      contractId: c.contract_id,
      client: c.client_name,
      supplier: c.supplier_name,
      status: c.status,
      sums: Object.fromEntries(
        sums
          .filter((s) => s.contract_id === c.contract_id)
          .map((s) => [
            s.account,
            {
              amount: s.amount,
              sources: s.sources.sort((a, b) => (BigInt(a.position) < BigInt(b.position) ? -1 : 1)),
            },
          ]),
      ),
    }));
  }

  /** Totals over every contract matching the filter (all pages). */
  async totals(f: PortfolioFilter): Promise<{ contracts: number; sums: Record<string, string> }> {
    const [contracts, sums] = await Promise.all([
      this.contracts(f).getCount(),
      whereLines(
        whereParties(
          this.dataSource
            .createQueryBuilder()
            .select('l.account', 'account')
            .addSelect('sum(l.amount)', 'amount')
            .from(this.feeLines(), 'l')
            .innerJoin(ContractEntity.options.name, 'c', 'c.contract_id = l.contract_id'),
          f,
        ),
        f,
      )
        .groupBy('l.account')
        .getRawMany<{ account: string; amount: string }>(),
    ]);
    return { contracts, sums: Object.fromEntries(sums.map((r) => [r.account, r.amount])) };
  }
}
