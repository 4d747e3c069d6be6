import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { HttpResponse as Response } from '../../common';
import { streamIdFor } from '@app/domain';
import { ProblemException, Roles } from '../../common';
import { ReadModelRepository } from '../read-model.repository';
import { bondCsv, bondView } from '../views/bond.view';
import {
  contractListItem,
  contractSummaryCsv,
  contractSummaryView,
} from '../views/contract-summary.view';
import { ledgerCsv, ledgerView } from '../views/ledger.view';
import { paymentScheduleCsv, paymentScheduleView } from '../views/payment-schedule.view';
import { reconciliationCsv, reconciliationView } from '../views/reconciliation.view';
import { terminationRefundCsv, terminationRefundView } from '../views/termination-refund.view';
import { todayInChina } from '../views/view-support.helpers';
import { toCsv, wantsCsv } from './csv.serializer';
import { ReadYourWrites } from './read-your-writes.service';
import { BondResponse } from './responses/bond.response';
import {
  ContractListResponse,
  ContractSummaryResponse,
} from './responses/contract-summary.response';
import { FigureDto } from './responses/figure.response';
import { LedgerResponse } from './responses/ledger.response';
import { PaymentScheduleResponse } from './responses/payment-schedule.response';
import { ReconciliationResponse } from './responses/reconciliation.response';
import { TerminationRefundResponse } from './responses/termination-refund.response';
import { AsOfQuery, ContractListQuery } from './view-query.dto';

function notFound(what: string, contractId: string): ProblemException {
  return new ProblemException({
    status: 404,
    code: 'NOT_FOUND',
    title: 'Not found',
    detail: `${what} of contract ${contractId} not found`,
  });
}

/** JSON, or with `Accept: text/csv` the view's table as CSV. */
function render<V>(
  view: V,
  csv: (v: V) => Record<string, unknown>[],
  accept: string | undefined,
  res: Response,
): V | string {
  if (!wantsCsv(accept)) return view;
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  return toCsv(csv(view));
}

/**
 * The finance views of one contract (issue #5). Every figure carries `sources` (event id and
 * global position of the events behind it); ?minPosition waits for the projections.
 */
@ApiTags('finance views')
@ApiProduces('application/json', 'text/csv')
@Roles('finance')
@ApiExtraModels(FigureDto)
@Controller('contracts')
export class ContractViewsController {
  constructor(
    private readonly repo: ReadModelRepository,
    private readonly consistency: ReadYourWrites,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Contracts with status, parties, totals and next deadline (paged)' })
  @ApiOkResponse({ type: ContractListResponse })
  async list(
    @Query() q: ContractListQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.consistency.ensure(q.minPosition, res);
    const asOf = q.asOf ?? todayInChina();
    const limit = Number(q.limit ?? 100);
    const page = await this.repo.contractPage({ ...q, limit });
    const contracts = page.map((rows) => contractListItem(rows, asOf));
    const nextCursor = page.length === limit ? page[page.length - 1].contract.contract_id : null;
    const view = { asOf, contracts, page: { limit, nextCursor } };
    return render(
      view,
      (v) => v.contracts.map((c) => ({ ...c, nextDeadline: c.nextDeadline?.date ?? null })),
      accept,
      res,
    );
  }

  @Get(':contractId')
  @ApiOperation({
    summary: 'Contract summary: status, parties, totals with sources, next deadlines',
  })
  @ApiOkResponse({ type: ContractSummaryResponse })
  async summary(
    @Param('contractId') id: string,
    @Query() q: AsOfQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.consistency.ensure(q.minPosition, res);
    const [rows, lines, stream] = await Promise.all([
      this.repo.contractRows(id),
      this.repo.lines(id),
      this.repo.streamSummary(streamIdFor(id)),
    ]);
    if (!rows) throw notFound('Contract', id);
    const view = contractSummaryView(rows, lines, stream, q.asOf ?? todayInChina());
    return render(view, contractSummaryCsv, accept, res);
  }

  @Get(':contractId/payment-schedule')
  @ApiOperation({
    summary:
      'Installments: due dates, invoices, payments, offsets, overdue days, late-payment interest as of ?asOf',
  })
  @ApiOkResponse({ type: PaymentScheduleResponse })
  async paymentSchedule(
    @Param('contractId') id: string,
    @Query() q: AsOfQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.consistency.ensure(q.minPosition, res);
    const [row, refund] = await Promise.all([
      this.repo.schedule(id),
      this.repo.terminationRefund(id),
    ]);
    if (!row || !row.signed_source) throw notFound('Payment schedule', id);
    return render(
      paymentScheduleView(row, q.asOf ?? todayInChina(), refund),
      paymentScheduleCsv,
      accept,
      res,
    );
  }

  @Get(':contractId/ledger')
  @ApiOperation({
    summary: 'Every money movement as a line, with event id, revision, position, dates and actor',
  })
  @ApiOkResponse({ type: LedgerResponse })
  async ledger(
    @Param('contractId') id: string,
    @Query() q: AsOfQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.consistency.ensure(q.minPosition, res);
    const [lines, stream] = await Promise.all([
      this.repo.lines(id),
      this.repo.streamSummary(streamIdFor(id)),
    ]);
    if (lines.length === 0 && !stream) throw notFound('Ledger', id);
    return render(ledgerView(id, lines, q.asOf ?? todayInChina()), ledgerCsv, accept, res);
  }

  @Get(':contractId/bond')
  @ApiOperation({
    summary:
      'Performance bond: required, deposit, deductions, refundable balance, refund, overdue flags',
  })
  @ApiOkResponse({ type: BondResponse })
  async bond(
    @Param('contractId') id: string,
    @Query() q: AsOfQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.consistency.ensure(q.minPosition, res);
    const row = await this.repo.bond(id);
    const view = row ? bondView(row, q.asOf ?? todayInChina()) : null;
    if (!view) throw notFound('Bond', id);
    return render(view, bondCsv, accept, res);
  }

  @Get(':contractId/termination-refund')
  @ApiOperation({
    summary: 'Pro-rata termination refund with the formula inputs, due date, paid and outstanding',
  })
  @ApiOkResponse({ type: TerminationRefundResponse })
  async terminationRefund(
    @Param('contractId') id: string,
    @Query() q: AsOfQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.consistency.ensure(q.minPosition, res);
    const row = await this.repo.terminationRefund(id);
    const asOf = q.asOf ?? todayInChina();
    const view = row ? terminationRefundView(row, asOf) : null;
    if (!view) throw notFound(`Termination refund (not terminated as of ${asOf})`, id);
    return render(view, terminationRefundCsv, accept, res);
  }

  @Get(':contractId/reconciliation')
  @ApiOperation({
    summary: 'Expected vs received vs outstanding, each difference with the ledger lines behind it',
  })
  @ApiOkResponse({ type: ReconciliationResponse })
  async reconciliation(
    @Param('contractId') id: string,
    @Query() q: AsOfQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.consistency.ensure(q.minPosition, res);
    const [lines, schedule] = await Promise.all([this.repo.lines(id), this.repo.schedule(id)]);
    if (lines.length === 0 && !schedule) throw notFound('Reconciliation', id);
    const view = reconciliationView(id, lines, schedule, q.asOf ?? todayInChina());
    return render(view, reconciliationCsv, accept, res);
  }
}
