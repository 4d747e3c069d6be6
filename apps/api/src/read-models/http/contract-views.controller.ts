import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { HttpResponse as Response } from '../../common';
import { ProblemException, Roles } from '../../common';
import { ReadModelRepository } from '../read-model.repository';
import { bondCsv, bondView } from '@app/read-models';
import {
  contractListItem,
  contractSummaryCsv,
  contractSummaryView,
} from '../views/contract-summary.view';
import { ledgerCsv, ledgerView } from '@app/read-models';
import { paymentScheduleCsv, paymentScheduleView } from '@app/read-models';
import { reconciliationCsv, reconciliationView } from '../views/reconciliation.view';
import { terminationRefundCsv, terminationRefundView } from '@app/read-models';
import { todayInChina } from '@app/read-models';
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
import { ContractBasisReader, type Basis } from '../basis/contract-basis.reader';
import { ContractListQuery, ContractViewQuery } from './view-query.dto';

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
 * The view with the basis it was computed at (issue 11): in the body as `basis`, and for CSV in
 * the Ledger-Known-At and Ledger-Basis-Position headers.
 */
function renderAt<V extends object>(
  view: V,
  basis: Basis,
  csv: (v: V) => Record<string, unknown>[],
  accept: string | undefined,
  res: Response,
): (V & { basis: Basis }) | string {
  res.setHeader('Ledger-Known-At', basis.knownAt);
  if (basis.position !== null) res.setHeader('Ledger-Basis-Position', basis.position);
  return render({ ...view, basis }, csv, accept, res);
}

const BASIS_NOTE =
  ' ?knownAt (record time) shows the view as the ledger knew it then, ?position repeats an answer at its stated `basis`.';

/**
 * Finance and legal read every contract view (issue 11: legal reconstructs a contract in a
 * dispute from the same figures finance pays from); neither writes through them.
 */
const VIEW_READERS = ['finance', 'legal'] as const;

/**
 * The finance views of one contract (issue #5). Every figure carries `sources` (event id and
 * global position of the events behind it); ?minPosition waits for the projections.
 */
@ApiTags('finance views')
@ApiProduces('application/json', 'text/csv')
@Roles(...VIEW_READERS)
@ApiExtraModels(FigureDto)
@Controller('contracts')
export class ContractViewsController {
  constructor(
    private readonly repo: ReadModelRepository,
    private readonly consistency: ReadYourWrites,
    private readonly basis: ContractBasisReader,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Contracts with status, parties, totals and next deadline (paged)' })
  @ApiOkResponse({ type: ContractListResponse })
  async list(
    @Query() q: ContractListQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ContractListResponse | string> {
    await this.consistency.ensure(q.minPosition, res);
    const asOf = q.asOf ?? todayInChina();
    const limit = Number(q.limit ?? 100);
    const page = await this.repo.contractPage({ ...q, limit });
    const contracts = page.map((rows) => contractListItem(rows, asOf));
    const nextCursor = page.length === limit ? page[page.length - 1].contract.contract_id : null;
    const view = { asOf, contracts, page: { limit, nextCursor } };
    return render(
      view,
      (v) =>
        v.contracts.map((c) => ({
          ...c,
          nextDeadline: c.nextDeadline?.date ?? null,
          nextDeadlineProvisional: c.nextDeadline?.provisional ?? false,
        })),
      accept,
      res,
    );
  }

  @Get(':contractId')
  @ApiOperation({
    description: BASIS_NOTE.trim(),
    summary: 'Contract summary: status, parties, totals with sources, next deadlines',
  })
  @ApiOkResponse({ type: ContractSummaryResponse })
  async summary(
    @Param('contractId') id: string,
    @Query() q: ContractViewQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ContractSummaryResponse | string> {
    await this.consistency.ensure(q.minPosition, res);
    const { rows, lines, stream, basis } = await this.basis.read(id, q);
    if (!rows) throw notFound('Contract', id);
    const view = contractSummaryView(rows, lines, stream, q.asOf ?? todayInChina());
    return renderAt(view, basis, contractSummaryCsv, accept, res);
  }

  @Get(':contractId/payment-schedule')
  @ApiOperation({
    description: BASIS_NOTE.trim(),
    summary:
      'Installments: due dates, invoices, payments, offsets, overdue days, late-payment interest as of ?asOf',
  })
  @ApiOkResponse({ type: PaymentScheduleResponse })
  async paymentSchedule(
    @Param('contractId') id: string,
    @Query() q: ContractViewQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PaymentScheduleResponse | string> {
    await this.consistency.ensure(q.minPosition, res);
    const { rows, basis } = await this.basis.read(id, q);
    const row = rows?.schedule;
    if (!row || !row.signed_source) throw notFound('Payment schedule', id);
    const view = paymentScheduleView(row, q.asOf ?? todayInChina(), rows.refund);
    return renderAt(view, basis, paymentScheduleCsv, accept, res);
  }

  @Get(':contractId/ledger')
  @ApiOperation({
    description: BASIS_NOTE.trim(),
    summary: 'Every money movement as a line, with event id, revision, position, dates and actor',
  })
  @ApiOkResponse({ type: LedgerResponse })
  async ledger(
    @Param('contractId') id: string,
    @Query() q: ContractViewQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LedgerResponse | string> {
    await this.consistency.ensure(q.minPosition, res);
    const { lines, stream, basis } = await this.basis.read(id, q);
    if (lines.length === 0 && !stream) throw notFound('Ledger', id);
    const view = ledgerView(id, lines, q.asOf ?? todayInChina());
    return renderAt(view, basis, ledgerCsv, accept, res);
  }

  @Get(':contractId/bond')
  @ApiOperation({
    description: BASIS_NOTE.trim(),
    summary:
      'Performance bond: required, deposit, deductions, refundable balance, refund, overdue flags',
  })
  @ApiOkResponse({ type: BondResponse })
  async bond(
    @Param('contractId') id: string,
    @Query() q: ContractViewQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<BondResponse | string> {
    await this.consistency.ensure(q.minPosition, res);
    const { rows, basis } = await this.basis.read(id, q);
    const view = rows?.bond ? bondView(rows.bond, q.asOf ?? todayInChina()) : null;
    if (!view) throw notFound('Bond', id);
    return renderAt(view, basis, bondCsv, accept, res);
  }

  @Get(':contractId/termination-refund')
  @ApiOperation({
    description: BASIS_NOTE.trim(),
    summary: 'Pro-rata termination refund with the formula inputs, due date, paid and outstanding',
  })
  @ApiOkResponse({ type: TerminationRefundResponse })
  async terminationRefund(
    @Param('contractId') id: string,
    @Query() q: ContractViewQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TerminationRefundResponse | string> {
    await this.consistency.ensure(q.minPosition, res);
    const { rows, basis } = await this.basis.read(id, q);
    const asOf = q.asOf ?? todayInChina();
    const view = rows?.refund ? terminationRefundView(rows.refund, asOf) : null;
    if (!view) throw notFound(`Termination refund (not terminated as of ${asOf})`, id);
    return renderAt(view, basis, terminationRefundCsv, accept, res);
  }

  @Get(':contractId/reconciliation')
  @ApiOperation({
    description: BASIS_NOTE.trim(),
    summary: 'Expected vs received vs outstanding, each difference with the ledger lines behind it',
  })
  @ApiOkResponse({ type: ReconciliationResponse })
  async reconciliation(
    @Param('contractId') id: string,
    @Query() q: ContractViewQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReconciliationResponse | string> {
    await this.consistency.ensure(q.minPosition, res);
    const { rows, lines, basis } = await this.basis.read(id, q);
    const schedule = rows?.schedule ?? null;
    if (lines.length === 0 && !schedule) throw notFound('Reconciliation', id);
    const view = reconciliationView(id, lines, schedule, q.asOf ?? todayInChina());
    return renderAt(view, basis, reconciliationCsv, accept, res);
  }
}
