import { Injectable } from '@nestjs/common';
import { compareDates, type LocalDate } from '@app/domain';
import {
  calendarFingerprint,
  obligationsAsOf,
  portfolioObligation,
  type Obligation,
  type PortfolioObligation,
} from '@app/read-models';
import {
  ContractBasisReader,
  type Basis,
  type BasisQuery,
} from '../../read-models/basis/contract-basis.reader';
import { ReadModelRepository } from '../../read-models/read-model.repository';
import { ObligationsTableQuery, type ObligationFilter } from './obligations.query';

export type { ObligationFilter };

function matches(o: Obligation, f: ObligationFilter): boolean {
  return (
    (f.party === undefined || o.party === f.party) &&
    (f.status === undefined || o.status === f.status) &&
    (f.kind === undefined || o.kind === f.kind) &&
    (f.dueBefore === undefined || compareDates(o.dueDate, f.dueBefore) <= 0) &&
    (f.dueAfter === undefined || compareDates(o.dueDate, f.dueAfter) >= 0)
  );
}

/** What a page across contracts was computed from (see ObligationsService.page). */
export interface PageBasis {
  knownAt: string;
  position: string | null;
  /**
   * `projections`: the obligations table only; `stream`: every contract's stream folded (a
   * knownAt or position was asked for); `projections+stream`: the table, and the streams of the
   * contracts it cannot answer for at this asOf (`foldedContracts` of them).
   */
  computedFrom: 'projections' | 'stream' | 'projections+stream';
  foldedContracts: number;
}

export interface ObligationsPage {
  basis: PageBasis;
  obligations: PortfolioObligation[];
  nextCursor: string | null;
}

const maxPosition = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : BigInt(a) >= BigInt(b) ? a : b;

/**
 * Obligations. One contract's are computed from its rows and stream at the basis
 * (obligationsAsOf, the derived facts the timeline shows). Across contracts they are read from
 * the obligations projection (rm_obligations: what does not depend on the day; open or missed
 * decided in SQL at asOf) — except with ?knownAt or ?position, and for the contracts whose
 * stored rows do not answer exactly at that asOf (an event dated after it, a failed check, other
 * calendar data), whose streams are folded as for one contract. The basis says which.
 */
@Injectable()
export class ObligationsService {
  constructor(
    private readonly basis: ContractBasisReader,
    private readonly repo: ReadModelRepository,
    private readonly table: ObligationsTableQuery,
  ) {}

  async ofContract(
    contractId: string,
    asOf: LocalDate,
    at: BasisQuery,
    filter: ObligationFilter,
  ): Promise<{ basis: Basis; obligations: Obligation[] } | null> {
    const read = await this.basis.read(contractId, at);
    if (!read.rows) return null;
    const obligations = obligationsAsOf(contractId, read.rows, read.events, asOf).filter((o) =>
      matches(o, filter),
    );
    return { basis: read.basis, obligations };
  }

  async page(
    asOf: LocalDate,
    at: BasisQuery,
    filter: ObligationFilter,
    limit: number,
    cursor: string | undefined,
  ): Promise<ObligationsPage> {
    if (at.knownAt !== undefined || at.position !== undefined) {
      return this.foldedPage(asOf, at, filter, limit, cursor);
    }
    const calendar = calendarFingerprint();
    const table = await this.table.page(asOf, calendar, filter, limit, cursor);
    const lastOfTable = table.obligations.at(-1)?.contractId ?? null;
    const toFold = await this.table.contractsToFold(
      asOf,
      calendar,
      filter,
      cursor,
      table.done ? null : lastOfTable,
    );
    const byContract = new Map<string, PortfolioObligation[]>();
    for (const o of table.obligations) {
      const list = byContract.get(o.contractId) ?? [];
      list.push(o);
      byContract.set(o.contractId, list);
    }
    let position = table.position;
    let folded = 0;
    const ids = [...new Set([...byContract.keys(), ...toFold])].sort();
    const fold = new Set(toFold);
    const out: PortfolioObligation[] = [];
    for (const id of ids) {
      let list = byContract.get(id) ?? [];
      if (fold.has(id)) {
        const found = await this.ofContract(id, asOf, {}, filter);
        list = (found?.obligations ?? []).map(portfolioObligation);
        position = maxPosition(position, found?.basis.position ?? null);
        folded++;
      }
      out.push(...list);
      if (out.length >= limit) {
        const more = id !== ids[ids.length - 1] || !table.done;
        return this.answer(out, more ? id : null, table.recordedAt, position, folded);
      }
    }
    return this.answer(out, table.done ? null : lastOfTable, table.recordedAt, position, folded);
  }

  private answer(
    obligations: PortfolioObligation[],
    nextCursor: string | null,
    recordedAt: string | null,
    position: string | null,
    folded: number,
  ): ObligationsPage {
    return {
      obligations,
      nextCursor,
      basis: {
        knownAt: recordedAt ?? new Date().toISOString(),
        position,
        computedFrom: folded > 0 ? 'projections+stream' : 'projections',
        foldedContracts: folded,
      },
    };
  }

  /**
   * With ?knownAt or ?position every contract's stream is folded at that basis, a page of
   * contracts at a time; the cursor is the last contract whose obligations were all returned.
   */
  private async foldedPage(
    asOf: LocalDate,
    at: BasisQuery,
    filter: ObligationFilter,
    limit: number,
    cursor: string | undefined,
  ): Promise<ObligationsPage> {
    const out: PortfolioObligation[] = [];
    const knownAt = at.knownAt ?? new Date().toISOString();
    let position: string | null = null;
    let folded = 0;
    let after = cursor;
    const done = (nextCursor: string | null): ObligationsPage => ({
      obligations: out,
      nextCursor,
      basis: { knownAt, position, computedFrom: 'stream', foldedContracts: folded },
    });
    for (;;) {
      const ids =
        filter.contract !== undefined
          ? after === undefined
            ? [filter.contract]
            : []
          : (await this.repo.contractPage({ cursor: after, limit: 50 })).map(
              (r) => r.contract.contract_id,
            );
      if (ids.length === 0) return done(null);
      for (const id of ids) {
        const found = await this.ofContract(id, asOf, at, filter);
        folded++;
        out.push(...(found?.obligations ?? []).map(portfolioObligation));
        position = maxPosition(position, found?.basis.position ?? null);
        after = id;
        if (out.length >= limit) return done(id);
      }
    }
  }
}
