import { jsonClient } from './json-client';
import type { components } from './ledger-api.generated';

type ContractTerms = components['schemas']['ContractTermsDto'];

export interface ScenarioKeys {
  legal: string;
  finance: string;
}

/** Everything the scenario read back, for the spec to compare with the contract's figures. */
export interface ScenarioOutcome {
  signed: { revision: number; idempotent: boolean; etag: string | null; warnings: number };
  invoice: { revision: number; eventTypes: string[] };
  payment: { revision: number; position: string | null; eventIds: string[] };
  staleWrite: { status: number; code: string };
  invalidBody: { status: number; code: string; fields: string[] };
  unauthenticated: { status: number; code: string };
  events: { revision: number; types: string[]; positions: string[] };
  verification: { ok: boolean; eventsChecked: number };
  ready: { status: string; database: string | undefined };
}

/**
 * A client written only against the types openapi-typescript generates from the served
 * /openapi.json (ledger-api.generated.ts, written by `npm run openapi:client`), with
 * openapi-fetch: no cast anywhere, so a response schema the document gets wrong or leaves out
 * fails the type check, and a body the server does not match fails the spec that runs this. It signs contract 001's terms under a new id,
 * invoices and pays its start installment (001 4.2: 60 %, ¥1,408,200.00), and reads the record.
 */
export async function runLedgerClientScenario(
  baseUrl: string,
  keys: ScenarioKeys,
  contractId: string,
  terms: ContractTerms,
): Promise<ScenarioOutcome> {
  const legal = jsonClient(baseUrl, keys.legal);
  const finance = jsonClient(baseUrl, keys.finance);
  const anonymous = jsonClient(baseUrl);
  const path = { contractId };

  const sign = await legal.PUT('/contracts/{contractId}', {
    params: { path },
    body: { terms },
  });
  if (!sign.data) throw new Error(`sign failed: ${JSON.stringify(sign.error)}`);

  const invoice = await finance.POST('/contracts/{contractId}/invoices', {
    params: { path, header: { 'Idempotency-Key': `${contractId}-inv-1` } },
    body: {
      occurredAt: '2022-07-12',
      invoiceId: 'inv-001-1',
      installmentId: 'start',
      amount: '1408200.00',
    },
  });
  if (!invoice.data) throw new Error(`invoice failed: ${JSON.stringify(invoice.error)}`);

  const etag = invoice.response.headers.get('ETag') ?? undefined;
  const payment = await finance.POST('/contracts/{contractId}/payments', {
    params: { path, header: { 'If-Match': etag } },
    body: {
      occurredAt: '2022-07-19',
      paymentId: 'pay-001-1',
      installmentId: 'start',
      amount: '1408200.00',
    },
  });
  if (!payment.data) throw new Error(`payment failed: ${JSON.stringify(payment.error)}`);

  // The same If-Match again: the stream has moved on, so 412 with a problem body.
  const stale = await finance.POST('/contracts/{contractId}/payments', {
    params: { path, header: { 'If-Match': etag } },
    body: {
      occurredAt: '2022-07-20',
      paymentId: 'pay-001-x',
      installmentId: 'start',
      amount: '1.00',
    },
  });
  const invalid = await finance.POST('/contracts/{contractId}/payments', {
    params: { path },
    body: { occurredAt: '2022-07-20', paymentId: 'p', installmentId: 'start', amount: '1.005' },
  });
  const noKey = await anonymous.GET('/contracts/{contractId}/events', { params: { path } });

  const events = await legal.GET('/contracts/{contractId}/events', { params: { path } });
  if (!events.data) throw new Error(`events failed: ${JSON.stringify(events.error)}`);
  const verification = await legal.GET('/contracts/{contractId}/verification', {
    params: { path },
  });
  if (!verification.data) throw new Error('verification failed');
  const ready = await anonymous.GET('/health/ready');
  if (!ready.data) throw new Error('not ready');

  return {
    signed: {
      revision: sign.data.revision,
      idempotent: sign.data.idempotent,
      etag: sign.response.headers.get('ETag'),
      warnings: sign.data.warnings.length,
    },
    invoice: {
      revision: invoice.data.revision,
      eventTypes: invoice.data.events.map((e) => e.type),
    },
    payment: {
      revision: payment.data.revision,
      position: payment.data.position,
      eventIds: payment.data.eventIds,
    },
    staleWrite: { status: stale.response.status, code: stale.error?.code ?? '' },
    invalidBody: {
      status: invalid.response.status,
      code: invalid.error?.code ?? '',
      fields: (invalid.error?.errors ?? []).map((e) => e.field ?? ''),
    },
    unauthenticated: { status: noKey.response.status, code: noKey.error?.code ?? '' },
    events: {
      revision: events.data.revision,
      types: events.data.events.map((e) => e.type),
      positions: events.data.events.map((e) => e.position),
    },
    verification: {
      ok: verification.data.ok,
      eventsChecked: verification.data.eventsChecked,
    },
    ready: { status: ready.data.status, database: ready.data.checks.database?.status },
  };
}
