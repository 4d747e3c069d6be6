import { jsonClient } from './json-client';

/** The figures the finance views give for one contract, read through the generated types. */
export interface ViewFigures {
  summary: { total: string; expected: string; received: string; outstanding: string };
  schedule: {
    totals: { expected: string; invoiced: string; paid: string; outstanding: string };
    installments: { id: string; amount: string; paid: string; outstanding: string }[];
    /** The facts behind the start installment, as recorded. */
    startFacts: {
      payments: { paymentId: string; amount: string; paidOn: string | null; reversed: boolean }[];
      invoices: { invoiceId: string; amount: string; receivedOn: string | null }[];
    };
  };
  ledger: { kind: string; amount: string; eventType: string; position: string }[];
  bond: { required: string; deducted: string; held: string };
  reconciliation: { expected: string; received: string; outstanding: string };
  list: { contractId: string; total: string | null; received: string } | undefined;
  portfolio: { contracts: number; received: string };
  terminationRefund: { status: number; code: string };
  state: {
    finalAcceptedOn: string | null;
    events: number | null;
    lastEventType: string | null;
    openBreachNotices: number;
    notice: string | null;
    holdoverFee: string | null;
  };
  basis: { knownAt: string; position: string | null; computedFrom: 'projections' | 'stream' };
}

/**
 * Reads every finance view of `contractId` once the projections have reached `position`
 * (?minPosition, read-your-writes), with an openapi-fetch client typed by openapi-typescript from
 * the served document — no cast: a view whose schema is missing or wrong does not compile.
 */
export async function readFinanceViews(
  baseUrl: string,
  financeKey: string,
  contractId: string,
  position: string,
  asOf: string,
): Promise<ViewFigures> {
  const api = jsonClient(baseUrl, financeKey);
  const path = { contractId };
  const query = { minPosition: position, asOf };
  const ok = <T>(r: { data?: T; error?: unknown }, what: string): T => {
    if (r.data === undefined) throw new Error(`${what}: ${JSON.stringify(r.error)}`);
    return r.data;
  };

  const summary = ok(
    await api.GET('/contracts/{contractId}', { params: { path, query } }),
    'summary',
  );
  const schedule = ok(
    await api.GET('/contracts/{contractId}/payment-schedule', { params: { path, query } }),
    'schedule',
  );
  const ledger = ok(
    await api.GET('/contracts/{contractId}/ledger', {
      params: { path, query: { minPosition: position } },
    }),
    'ledger',
  );
  const bond = ok(
    await api.GET('/contracts/{contractId}/bond', { params: { path, query } }),
    'bond',
  );
  const reconciliation = ok(
    await api.GET('/contracts/{contractId}/reconciliation', {
      params: { path, query: { minPosition: position } },
    }),
    'reconciliation',
  );
  const list = ok(
    await api.GET('/contracts', { params: { query: { asOf, limit: '100' } } }),
    'list',
  );
  const portfolio = ok(await api.GET('/reconciliation', { params: { query: {} } }), 'portfolio');
  const refund = await api.GET('/contracts/{contractId}/termination-refund', {
    params: { path, query },
  });
  const listed = list.contracts.find((c) => c.contractId === contractId);
  const start = schedule.installments.find((i) => i.installmentId === 'start');
  if (!start) throw new Error('schedule: no start installment');

  return {
    summary: {
      total: summary.total.amount,
      expected: summary.totals.expected.amount,
      received: summary.totals.received.amount,
      outstanding: summary.totals.outstanding.amount,
    },
    schedule: {
      totals: {
        expected: schedule.totals.expected,
        invoiced: schedule.totals.invoiced,
        paid: schedule.totals.paid,
        outstanding: schedule.totals.outstanding,
      },
      installments: schedule.installments.map((i) => ({
        id: i.installmentId,
        amount: i.amount,
        paid: i.paid,
        outstanding: i.outstanding,
      })),
      startFacts: {
        payments: start.payments.map((p) => ({
          paymentId: p.paymentId,
          amount: p.amount,
          paidOn: p.paidOn,
          reversed: p.reversed,
        })),
        invoices: start.invoices.map((i) => ({
          invoiceId: i.invoiceId,
          amount: i.amount,
          receivedOn: i.receivedOn,
        })),
      },
    },
    ledger: ledger.lines.map((l) => ({
      kind: l.kind,
      amount: l.amount,
      eventType: l.eventType,
      position: l.position,
    })),
    bond: {
      required: bond.required.amount,
      deducted: bond.deducted.amount,
      held: bond.held.amount,
    },
    reconciliation: {
      expected: reconciliation.figures.expected.amount,
      received: reconciliation.figures.received.amount,
      outstanding: reconciliation.figures.outstanding.amount,
    },
    list: listed && {
      contractId: listed.contractId,
      total: listed.total,
      received: listed.received,
    },
    portfolio: { contracts: portfolio.totals.contracts, received: portfolio.totals.received },
    terminationRefund: { status: refund.response.status, code: refund.error?.code ?? '' },
    state: {
      finalAcceptedOn: summary.milestones.final?.acceptedOn ?? null,
      events: summary.activity?.events ?? null,
      lastEventType: summary.activity?.lastEventType ?? null,
      openBreachNotices: Object.keys(summary.statusDetail.openBreachNotices).length,
      notice: summary.statusDetail.notice?.noticeId ?? null,
      holdoverFee: summary.statusDetail.holdover?.fee ?? null,
    },
    basis: summary.basis,
  };
}
