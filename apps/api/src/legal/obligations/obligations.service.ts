import { Injectable } from '@nestjs/common';
import { compareDates, type LocalDate } from '@app/domain';
import {
  ContractBasisReader,
  type Basis,
  type BasisQuery,
} from '../../read-models/basis/contract-basis.reader';
import { ReadModelRepository } from '../../read-models/read-model.repository';
import { derivedFacts } from '@app/read-models';
import { termsOf } from '../timeline/timeline.builder';
import { obligationOf, type Obligation } from '@app/read-models';

export interface ObligationFilter {
  party?: string;
  status?: string;
  kind?: string;
  dueBefore?: string;
  dueAfter?: string;
}

function matches(o: Obligation, f: ObligationFilter): boolean {
  return (
    (f.party === undefined || o.party === f.party) &&
    (f.status === undefined || o.status === f.status) &&
    (f.kind === undefined || o.kind === f.kind) &&
    (f.dueBefore === undefined || compareDates(o.dueDate, f.dueBefore) <= 0) &&
    (f.dueAfter === undefined || compareDates(o.dueDate, f.dueAfter) >= 0)
  );
}

/**
 * Obligations are computed per contract, from the contract's stream at the basis (the same
 * derived facts as the timeline), not stored: each answer is then exactly as of (asOf, knownAt).
 * Across contracts they are computed a page of contracts at a time (see README: not a
 * projection yet, so a query over many contracts costs one stream read per contract scanned).
 */
@Injectable()
export class ObligationsService {
  constructor(
    private readonly basis: ContractBasisReader,
    private readonly repo: ReadModelRepository,
  ) {}

  async ofContract(
    contractId: string,
    asOf: LocalDate,
    at: BasisQuery,
    filter: ObligationFilter,
  ): Promise<{ basis: Basis; obligations: Obligation[] } | null> {
    const knownAt = at.knownAt ?? new Date().toISOString();
    const preferProjections = at.knownAt === undefined && at.position === undefined;
    const read = await this.basis.read(contractId, {
      knownAt,
      position: at.position,
      preferProjections,
    });
    if (!read.rows || !read.events) return null;
    const events = read.events;
    const happened = events.filter((e) => compareDates(e.occurredAt.slice(0, 10), asOf) <= 0);
    const notices = read.rows.contract.breach_notices;
    const obligations = derivedFacts(read.rows, happened, termsOf(events), asOf)
      .map((f) => obligationOf(contractId, f, happened, (id) => notices[id]?.by, asOf))
      .filter((o): o is Obligation => o !== null && matches(o, filter));
    return { basis: read.basis, obligations };
  }

  /**
   * A page across contracts in contract-id order: contracts after the cursor's contract are
   * scanned until `limit` obligations are found; the cursor is `<contractId>` of the last
   * contract whose obligations were all returned.
   */
  async page(
    asOf: LocalDate,
    at: BasisQuery,
    filter: ObligationFilter & { contract?: string },
    limit: number,
    cursor: string | undefined,
  ): Promise<{ obligations: Obligation[]; nextCursor: string | null }> {
    const out: Obligation[] = [];
    let after = cursor;
    for (;;) {
      const ids =
        filter.contract !== undefined
          ? after === undefined
            ? [filter.contract]
            : []
          : (await this.repo.contractPage({ cursor: after, limit: 50 })).map(
              (r) => r.contract.contract_id,
            );
      if (ids.length === 0) return { obligations: out, nextCursor: null };
      for (const id of ids) {
        const found = await this.ofContract(id, asOf, at, filter);
        out.push(...(found?.obligations ?? []));
        after = id;
        if (out.length >= limit) return { obligations: out, nextCursor: id };
      }
    }
  }
}
