import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { HttpResponse, ProblemException, Roles } from '../../common';
import { IdParam } from '../../contracts/shared';
import { toCsv, wantsCsv } from '../../read-models/http/csv.serializer';
import { todayInChina } from '@app/read-models';
import type { Obligation, PortfolioObligation } from '@app/read-models';
import { ContractObligationsQuery, ObligationsQuery } from './obligations-query.dto';
import { ObligationsService } from './obligations.service';
import { ContractObligationsResponse, ObligationsResponse } from './obligations.response';

const READERS = ['legal', 'finance'] as const;

const csvRow = (o: Obligation | PortfolioObligation) => ({
  ...o,
  createdBy: o.createdBy.map((r) => r.eventId).join(' '),
  settledBy: o.settledBy.map((r) => r.eventId).join(' '),
});

/** Obligations (issue 11): each party's duties under the clauses, and what became of them. */
@ApiTags('legal')
@ApiProduces('application/json', 'text/csv')
@Roles(...READERS)
@Controller()
export class ObligationsController {
  constructor(private readonly obligations: ObligationsService) {}

  @Get('contracts/:contractId/obligations')
  @ApiOperation({
    summary: 'One contract’s obligations: party, kind, clause, due date, status and since when',
    description:
      'Each with the calendar version and provisional flag of its due date and the events that created and settled it; ?asOf, ?knownAt and ?position as on every contract view.',
  })
  @ApiOkResponse({ type: ContractObligationsResponse })
  async ofContract(
    @Param('contractId', IdParam) id: string,
    @Query() q: ContractObligationsQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: HttpResponse,
  ): Promise<ContractObligationsResponse | string> {
    const asOf = q.asOf ?? todayInChina();
    const found = await this.obligations.ofContract(id, asOf, q, q);
    if (!found) {
      throw new ProblemException({
        status: 404,
        code: 'NOT_FOUND',
        title: 'Not found',
        detail: `Contract ${id} not found (as known at ${q.knownAt ?? 'now'})`,
      });
    }
    res.setHeader('Ledger-Known-At', found.basis.knownAt);
    if (wantsCsv(accept)) {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      return toCsv(found.obligations.map(csvRow));
    }
    return { contractId: id, asOf, basis: found.basis, obligations: found.obligations };
  }

  @Get('obligations')
  @ApiOperation({
    summary: 'Obligations across contracts, filtered by party, status, kind and due date (paged)',
    description:
      'Read from the obligations projection: open or missed decided at ?asOf (default today) without a write. With ?knownAt or ?position, and for contracts the projection cannot answer exactly at that asOf (an event dated later, other calendar data), the streams are folded: `basis.computedFrom` says `stream` or `projections+stream` and `basis.foldedContracts` how many. Late interest carries no amount here (it accrues to the day: see the payment schedule).',
  })
  @ApiOkResponse({ type: ObligationsResponse })
  async across(
    @Query() q: ObligationsQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: HttpResponse,
  ): Promise<ObligationsResponse | string> {
    const asOf = q.asOf ?? todayInChina();
    const limit = Number(q.limit ?? 100);
    const page = await this.obligations.page(asOf, q, q, limit, q.cursor);
    res.setHeader('Ledger-Known-At', page.basis.knownAt);
    if (page.basis.position !== null) res.setHeader('Ledger-Basis-Position', page.basis.position);
    if (wantsCsv(accept)) {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      return toCsv(page.obligations.map(csvRow));
    }
    return {
      asOf,
      knownAt: page.basis.knownAt,
      basis: page.basis,
      obligations: page.obligations,
      page: { limit, nextCursor: page.nextCursor },
    };
  }
}
