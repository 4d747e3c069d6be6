import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApiApp } from '../../../apps/api/src/app.factory';
import { ApiKeyRegistry, EXAMPLE_CONTRACT_ID, JsonLogger } from '../../../apps/api/src/common';
import { EXAMPLE_CONTRACT_IDS } from '../../../apps/api/src/common/openapi/openapi-examples';
import { CONTRACT_EVENT_TYPES } from '@app/domain';
import { loadConfig } from '@app/platform';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { readFinanceViews } from './client/finance-views.scenario';
import { readLegalIntegrationViews } from './client/legal-integration-views.scenario';
import { runLedgerClientScenario } from './client/ledger-client.scenario';
import { GENERATED_CLIENT } from './generate-client';

const ROOT = join(__dirname, '../../..');
const KEYS = {
  legal: 'oa-legal-key',
  finance: 'oa-finance-key',
  integration: 'oa-integration-key',
};

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  pointer?: string;
  ignored: boolean;
}

interface ToolVerdicts {
  swaggerParser: { valid: boolean; error?: string };
  redocly: LintProblem[];
  /** What `npm run openapi:client` writes to client/ledger-api.generated.ts (generate-client.ts). */
  clientTypes: string;
}

/** swagger-parser, Redocly and openapi-typescript are ES modules: they run in a child node. */
function judgeWithTools(document: unknown): ToolVerdicts {
  const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const out = execFileSync(process.execPath, [join(__dirname, 'openapi-tools.mjs'), file], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(out.toString()) as ToolVerdicts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Every operation of the document, with "METHOD path" as its key. */
function operations(document: Record<string, any>): { key: string; op: any }[] {
  return Object.entries(document.paths).flatMap(([path, item]: [string, any]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ key: `${m.toUpperCase()} ${path}`, op: item[m] })),
  );
}

describe('the API contract (/openapi.json) is one the ecosystem’s tools accept', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let baseUrl: string;
  let document: Record<string, any>;
  let verdicts: ToolVerdicts;

  beforeAll(async () => {
    db = await createTestDatabase('openapi');
    const config = loadConfig({ NODE_ENV: 'test', RUN_PROJECTOR: 'true', SEED_ON_START: 'false' });
    const apiKeys = ApiKeyRegistry.fromKeys([
      { name: 'oa-legal', roles: ['legal', 'operator'], key: KEYS.legal },
      { name: 'oa-finance', roles: ['finance'], key: KEYS.finance },
      { name: 'oa-integration', roles: ['integration'], key: KEYS.integration },
    ]);
    const logger = new JsonLogger('error', { write: () => undefined });
    app = await createApiApp({ config, databaseUrl: db.url, apiKeys, logger });
    await app.listen(0, '127.0.0.1');
    const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    document = (await request(app.getHttpServer()).get('/openapi.json').expect(200)).body;
    verdicts = judgeWithTools(document);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('is a valid OpenAPI 3 document for @apidevtools/swagger-parser', () => {
    expect(verdicts.swaggerParser).toEqual({ valid: true });
  });

  it('has 0 errors under Redocly’s recommended rules, and each warning left is justified', () => {
    const problems = verdicts.redocly;
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    // Justified = listed, with its reason, in .redocly.lint-ignore.yaml.
    expect(problems.filter((p) => !p.ignored)).toEqual([]);
  });

  it('names one server, one path per resource, and seeded ids as path examples', () => {
    expect(document.servers).toEqual([{ url: '/', description: 'This server' }]);
    const paths = Object.keys(document.paths);
    expect(paths.filter((p) => p.includes('{id}'))).toEqual([]);
    const contractIdParams = Object.values(document.paths)
      .flatMap((item: any) => Object.values(item))
      .flatMap((op: any) => op.parameters ?? [])
      .filter((p: any) => p.in === 'path' && p.name === 'contractId');
    expect(contractIdParams.length).toBeGreaterThan(30);
    // 001 for most; 002 (terminated) for its refund, 003 for force majeure and its notice.
    expect(new Set(contractIdParams.map((p: any) => p.example))).toEqual(
      new Set(Object.values(EXAMPLE_CONTRACT_IDS)),
    );
    expect(document.paths['/contracts/{contractId}/ledger'].get.parameters[0].example).toBe(
      EXAMPLE_CONTRACT_ID,
    );
    const withoutExample = operations(document).flatMap(({ key, op }) =>
      (op.parameters ?? [])
        .filter((p: any) => p.in === 'path' && p.example === undefined)
        .map((p: any) => `${key} ${p.name}`),
    );
    expect(withoutExample).toEqual([]);
    // Public probes need no key; everything else inherits "bearer or X-Api-Key".
    expect(document.paths['/health/ready'].get.security).toEqual([]);
    expect(document.paths['/contracts/{contractId}/ledger'].get.security).toBeUndefined();
    expect(document.security).toEqual([{ bearer: [] }, { apiKey: [] }]);
  });

  it('gives every success a body schema (CSV, HTML and SSE as strings), and every protected operation its 503', () => {
    const missing = operations(document).flatMap(({ key, op }) =>
      Object.entries(op.responses)
        .filter(([status]) => status.startsWith('2') && status !== '204')
        .flatMap(([status, r]: [string, any]) =>
          r.content === undefined
            ? [`${key} ${status}: no content`]
            : Object.entries(r.content)
                .filter(([, media]: [string, any]) => media.schema === undefined)
                .map(([type]) => `${key} ${status} ${type}: no schema`),
        ),
    );
    expect(missing).toEqual([]);
    const textBodies = operations(document).flatMap(({ op }) =>
      Object.values(op.responses).flatMap((r: any) =>
        Object.entries(r.content ?? {})
          .filter(([type]) => /^text\//.test(type))
          .map(([, media]: [string, any]) => media.schema.type),
      ),
    );
    expect(textBodies.length).toBeGreaterThan(10);
    expect(new Set(textBodies)).toEqual(new Set(['string']));
    const protectedOps = operations(document).filter(({ op }) => op.security === undefined);
    expect(protectedOps.filter(({ op }) => !op.responses['503']).map((o) => o.key)).toEqual([]);
    const codesOf = (key: string, method: string) =>
      document.paths[key][method].responses['503'].content['application/problem+json'].schema
        .allOf[1].properties.code.enum;
    expect(codesOf('/contracts/{contractId}/payments', 'post')).toEqual([
      'DATABASE_UNAVAILABLE',
      'COMMANDS_OVERLOADED',
    ]);
    expect(codesOf('/contracts/{contractId}/ledger', 'get')).toEqual(['DATABASE_UNAVAILABLE']);
    const command = document.components.schemas.ContractCommandResponse;
    expect(command.properties.receipt.type).toBe('string');
    expect(command.properties.contractId.example).toBe(EXAMPLE_CONTRACT_ID);
    expect(document.components.schemas.RecordedEventDto.properties.metadata).toEqual({
      $ref: '#/components/schemas/EventMetadataDto',
    });
  });

  it('generates the typed client the scenarios were type-checked against (`npm run openapi:client`)', () => {
    // `npm test` generates it (generate-client.ts, from this app's /openapi.json) before
    // `npm run typecheck`; equal, so the compiler checked the scenarios below against what this
    // server serves.
    const onDisk = existsSync(GENERATED_CLIENT)
      ? readFileSync(GENERATED_CLIENT, 'utf8')
      : undefined;
    if (onDisk !== verdicts.clientTypes) {
      throw new Error(
        `test/e2e/openapi/client/ledger-api.generated.ts ${onDisk === undefined ? 'is missing' : 'differs from what the served /openapi.json generates'}: ` +
          'run `npm run openapi:client`, then `npm run typecheck`',
      );
    }
  });

  it('a client typed from it runs a scenario against the server, without a cast', async () => {
    // Contract 001's signed terms, as its seed file records them (seeds/contracts/).
    const seed = JSON.parse(readFileSync(join(ROOT, 'seeds/contracts/contract-001.json'), 'utf8'));
    const contractId = randomUUID();
    const outcome = await runLedgerClientScenario(baseUrl, KEYS, contractId, seed.terms);

    expect(outcome.signed).toEqual({ revision: 0, idempotent: false, etag: 'W/"0"', warnings: 0 });
    expect(outcome.invoice).toEqual({ revision: 1, eventTypes: ['InvoiceReceived'] });
    expect(outcome.payment.revision).toBe(2);
    expect(outcome.payment.eventIds).toHaveLength(1);
    expect(outcome.staleWrite).toEqual({ status: 412, code: 'PRECONDITION_FAILED' });
    expect(outcome.invalidBody).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: ['amount'],
    });
    expect(outcome.unauthenticated.status).toBe(401);
    expect(outcome.events.revision).toBe(2);
    expect(outcome.events.types).toEqual(['ContractSigned', 'InvoiceReceived', 'PaymentRecorded']);
    expect(outcome.events.positions[2]).toBe(outcome.payment.position);
    expect(outcome.verification).toEqual({ ok: true, eventsChecked: 3 });
    expect(outcome.ready).toEqual({ status: 'ok', database: 'up' });

    // The finance views of the same contract, read through the same generated types.
    const views = await readFinanceViews(
      baseUrl,
      KEYS.finance,
      contractId,
      outcome.payment.position!,
      '2022-07-31',
    );
    // 001 3: ¥2,347,000.00; 4.2: 60 / 30 / 10 %, the start paid; 4.2: a 5 % bond, not deposited.
    expect(views.summary).toEqual({
      total: '2347000.00',
      expected: '2347000.00',
      received: '1408200.00',
      outstanding: '938800.00',
    });
    expect(views.schedule).toEqual({
      totals: {
        expected: '2347000.00',
        invoiced: '1408200.00',
        paid: '1408200.00',
        outstanding: '938800.00',
      },
      installments: [
        { id: 'start', amount: '1408200.00', paid: '1408200.00', outstanding: '0.00' },
        { id: 'second', amount: '704100.00', paid: '0.00', outstanding: '704100.00' },
        { id: 'final', amount: '234700.00', paid: '0.00', outstanding: '234700.00' },
      ],
      startFacts: {
        payments: [
          { paymentId: 'pay-001-1', amount: '1408200.00', paidOn: '2022-07-19', reversed: false },
        ],
        invoices: [{ invoiceId: 'inv-001-1', amount: '1408200.00', receivedOn: '2022-07-12' }],
      },
    });
    expect(views.ledger.map((l) => [l.kind, l.amount, l.eventType])).toEqual([
      ['schedule', '1408200.00', 'ContractSigned'],
      ['schedule', '704100.00', 'ContractSigned'],
      ['schedule', '234700.00', 'ContractSigned'],
      ['invoice', '1408200.00', 'InvoiceReceived'],
      ['payment', '1408200.00', 'PaymentRecorded'],
    ]);
    expect(views.ledger[4].position).toBe(outcome.payment.position);
    expect(views.bond).toEqual({ required: '117350.00', deducted: '0.00', held: '0.00' });
    expect(views.reconciliation).toEqual({
      expected: '2347000.00',
      received: '1408200.00',
      outstanding: '938800.00',
    });
    expect(views.list).toEqual({ contractId, total: '2347000.00', received: '1408200.00' });
    expect(views.portfolio).toEqual({ contracts: 1, received: '1408200.00' });
    expect(views.terminationRefund).toEqual({ status: 404, code: 'NOT_FOUND' }); // not terminated
    // 001 7.3's final acceptance not yet; three events; no notice, breach or holdover.
    expect(views.state).toEqual({
      finalAcceptedOn: null,
      events: 3,
      lastEventType: 'PaymentRecorded',
      openBreachNotices: 0,
      notice: null,
      holdoverFee: null,
    });
    expect(views.basis).toEqual({
      knownAt: expect.any(String),
      position: outcome.payment.position,
      computedFrom: expect.stringMatching(/^(projections|stream)$/),
    });

    // The legal, integration and operations views, through the same generated types.
    const more = await readLegalIntegrationViews(baseUrl, KEYS, contractId, '2022-07-31', 3);
    expect(more.basis.position).toBe(outcome.payment.position);
    // The clause each event names: the installment's (001 4.2 第一段); signing names none.
    expect(more.timeline.events).toEqual([
      { type: 'ContractSigned', revision: 0, actor: 'oa-legal', received: '0.00', clause: null },
      {
        type: 'InvoiceReceived',
        revision: 1,
        actor: 'oa-finance',
        received: '0.00',
        clause: '4.2 第一段',
      },
      {
        type: 'PaymentRecorded',
        revision: 2,
        actor: 'oa-finance',
        received: '1408200.00',
        clause: '4.2 第一段',
      },
    ]);
    // By 2022-07-31: 001 4.2's start installment met (paid 07-19); the 5 % bond (117,350.00)
    // not lodged by its deadline, so missed. Later deadlines are not on the timeline yet.
    expect(more.timeline.derived).toEqual([
      { kind: 'installmentDue', subject: 'start', outcome: 'met', amount: '1408200.00' },
      { kind: 'bondDeposit', subject: null, outcome: 'missed', amount: '117350.00' },
    ]);
    expect(more.obligations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'installmentDue',
          party: 'client',
          status: 'met',
          settledBy: 1,
        }),
        expect.objectContaining({ kind: 'bondDeposit', party: 'supplier' }),
      ]),
    );
    expect(more.across).toEqual({ listed: more.obligations.length, nextCursor: null });
    expect(more.feed.subjects).toEqual([contractId]);
    expect(more.feed.types).toEqual([
      'cn.gov.contract.contract-signed.v1',
      'cn.gov.contract.invoice-received.v1',
      'cn.gov.contract.payment-recorded.v1',
    ]);
    expect(more.feed.revisions).toEqual([0, 1, 2]);
    expect(more.feed.sequences.every((s) => /^\d{20}$/.test(s))).toBe(true);
    expect(more.checkpoints.origin).toEqual(expect.any(String));
    expect(more.checkpoints.treeSizes.every((n) => Number.isInteger(n))).toBe(true);
    expect(more.projections.names).toEqual(
      expect.arrayContaining(['contracts', 'ledger_lines', 'bonds']),
    );
    expect(more.calendar.springFestival).toBe(4); // 2024 revision: 春节 4 days
    expect(more.calendar.years).toBeGreaterThan(20);
    expect(more.schemas).toEqual({
      paymentRecorded: 'cn.gov.contract.payment-recorded.v1',
      count: CONTRACT_EVENT_TYPES.length,
    });
  });
});
