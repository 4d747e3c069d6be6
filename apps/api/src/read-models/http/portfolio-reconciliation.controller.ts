import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { HttpResponse as Response } from '../../common';
import { Roles } from '../../common';
import { periodBounds } from '@app/domain';
import {
  PortfolioReconciliationQuery,
  type PortfolioFilter,
} from '../portfolio-reconciliation.query';
import { portfolioView } from '../views/portfolio.view';
import { toCsv, wantsCsv } from './csv.serializer';
import { ReadYourWrites } from './read-your-writes.service';
import { PortfolioResponse } from './responses/portfolio.response';
import { PortfolioQuery } from './view-query.dto';

/**
 * GET /reconciliation: expected vs received vs outstanding across the portfolio. Finance and
 * legal read it (issue 11: legal reads every contract view, and this is all of them at once).
 */
@ApiTags('finance views')
@ApiProduces('application/json', 'text/csv')
@Roles('finance', 'legal')
@Controller('reconciliation')
export class PortfolioReconciliationController {
  constructor(
    private readonly query: PortfolioReconciliationQuery,
    private readonly consistency: ReadYourWrites,
  ) {}

  /** For a period: the opening (day before `from`) and closing (`to`) balances, same contracts. */
  private async balances(filter: PortfolioFilter) {
    if (filter.from == null && filter.to == null) return null;
    const { openingAsOf, closingAsOf } = periodBounds(filter.from, filter.to);
    const read = async (to: string | null) => {
      const f = { ...filter, from: undefined, to: to ?? undefined };
      const [page, totals] = await Promise.all([this.query.page(f), this.query.totals(f)]);
      return { page, totals };
    };
    const [opening, closing] = await Promise.all([
      openingAsOf ? read(openingAsOf) : Promise.resolve(null),
      read(closingAsOf),
    ]);
    return { opening, closing };
  }

  @Get()
  @ApiOperation({
    summary: 'Portfolio reconciliation by client / supplier over movements dated in [from, to]',
  })
  @ApiOkResponse({ type: PortfolioResponse })
  async portfolio(
    @Query() q: PortfolioQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.consistency.ensure(q.minPosition, res);
    const filter = { ...q, limit: Number(q.limit ?? 100) };
    const [page, totals] = await Promise.all([this.query.page(filter), this.query.totals(filter)]);
    const view = portfolioView(filter, page, totals, await this.balances(filter));
    if (!wantsCsv(accept)) return view;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    return toCsv(
      view.contracts.map((c) => ({
        contractId: c.contractId,
        client: c.client,
        supplier: c.supplier,
        status: c.status,
        expected: c.expected.amount,
        invoiced: c.invoiced.amount,
        received: c.received.amount,
        outstanding: c.outstanding.amount,
        difference: c.difference,
      })),
    );
  }
}
