import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { HttpResponse as Response } from '../../common';
import { Roles } from '../../common';
import { PortfolioReconciliationQuery } from '../portfolio-reconciliation.query';
import { portfolioView } from '../views/portfolio.view';
import { toCsv, wantsCsv } from './csv.serializer';
import { ReadYourWrites } from './read-your-writes.service';
import { PortfolioResponse } from './responses/portfolio.response';
import { PortfolioQuery } from './view-query.dto';

/** GET /reconciliation: expected vs received vs outstanding across the portfolio. */
@ApiTags('finance views')
@ApiProduces('application/json', 'text/csv')
@Roles('finance')
@Controller('reconciliation')
export class PortfolioReconciliationController {
  constructor(
    private readonly query: PortfolioReconciliationQuery,
    private readonly consistency: ReadYourWrites,
  ) {}

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
    const view = portfolioView(filter, page, totals);
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
