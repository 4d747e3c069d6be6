import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { CONTRACT_001_TERMS, type ContractTerms } from '@app/domain';
import { createApiApp } from '../../../apps/api/src/app.factory';
import { CommandExecutor } from '../../../apps/api/src/command-execution';
import { ApiKeyRegistry, JsonLogger, type Role } from '../../../apps/api/src/common';
import { loadConfig } from '@app/platform';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { INVENTED_2027 } from './invented-2027.calendar';

const KEYS: Record<Role, string> = {
  operator: 'cal-operator-key',
  finance: 'cal-finance-key',
  legal: 'cal-legal-key',
  integration: 'cal-integration-key',
  admin: 'cal-admin-key',
};

/** 001's terms signed on another day (4.2: bond and 60 % within 10 working days of signing). */
const signedOn = (date: string): ContractTerms => ({ ...CONTRACT_001_TERMS, signingDate: date });

/**
 * Issue 10, "the calendar beyond its data": chinese-days covers 2004–2026; a payment or a bond
 * deposit dated 2027 is recorded, its deadlines counted on the provisional 2027 (weekends + the
 * 13 statutory days of the 2024 revision, no make-up days) and marked so; when the year's notice
 * is published through POST /calendar/years the deadlines are recomputed and say what moved.
 */
describe('calendar years beyond the data (e2e, real PostgreSQL)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  const as = (role: Role, t: request.Test) => t.set('Authorization', `Bearer ${KEYS[role]}`);
  const server = () => app.getHttpServer();
  const post = (role: Role, path: string, body: unknown) =>
    as(
      role,
      request(server())
        .post(path)
        .send(body as object),
    );
  const put = (role: Role, path: string, body: unknown) =>
    as(
      role,
      request(server())
        .put(path)
        .send(body as object),
    );
  /** A view once the projector has caught up with `position`. */
  const view = async (path: string, position: string) => {
    const sep = path.includes('?') ? '&' : '?';
    const res = await as('finance', request(server()).get(`${path}${sep}minPosition=${position}`));
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    db = await createTestDatabase('calendar_years');
    const config = loadConfig({ NODE_ENV: 'test', RUN_PROJECTOR: 'true', SEED_ON_START: 'false' });
    const apiKeys = ApiKeyRegistry.fromKeys(
      (Object.keys(KEYS) as Role[]).map((role) => ({
        name: `${role}-desk`,
        roles: [role],
        key: KEYS[role],
      })),
    );
    const logger = new JsonLogger('error', { write: () => undefined });
    app = await createApiApp({ config, databaseUrl: db.url, apiKeys, logger });
    await app.init();
    // The business "today" is after the facts below (a fact is recorded once it has happened).
    app.get(CommandExecutor).today = () => '2030-12-31';
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('2027: a bond deposit and a payment are recorded; the deadlines are provisional, then move when the notice is published', async () => {
    // Signed Wed 2027-01-27. Provisional 2027: 除夕 Fri 2/5 and 初三 Mon 2/8 off (初一, 初二 are a
    // weekend) → 10 working days: 1/28, 1/29, 2/1–2/4, 2/9–2/12 → Fri 2027-02-12.
    expect(
      (await put('operator', '/contracts/c-2027', { terms: signedOn('2027-01-27') })).status,
    ).toBe(201);
    const deposit = await post('finance', '/contracts/c-2027/bond/deposits', {
      occurredAt: '2027-02-16',
      amount: '117350.00',
    });
    expect(deposit.status).toBe(201);
    expect(deposit.body.events[0].data).toMatchObject({
      dueBy: '2027-02-12',
      calendarVersion: 'provisional-2027@rules-2024',
      flags: ['late'],
    });
    const paid = await post('finance', '/contracts/c-2027/payments', {
      occurredAt: '2027-02-16',
      paymentId: 'pay-2027',
      installmentId: 'start',
      amount: '1408200.00',
    });
    expect(paid.status).toBe(201);

    let bond = await view('/contracts/c-2027/bond?asOf=2027-03-01', paid.body.position);
    expect(bond.deposit).toMatchObject({
      deadline: '2027-02-12',
      deadlineCalendar: {
        calendarVersion: 'provisional-2027@rules-2024',
        provisional: true,
        movedFrom: null,
      },
      late: true,
    });
    let schedule = await view(
      '/contracts/c-2027/payment-schedule?asOf=2027-03-01',
      paid.body.position,
    );
    expect(schedule.installments[0]).toMatchObject({
      dueDate: '2027-02-12',
      calendarVersion: 'provisional-2027@rules-2024',
      provisional: true,
      movedFrom: null,
      paid: '1408200.00',
    });

    // The deadlines list (summary and contract list) says provisional wherever a date used it:
    // as of 2027-02-01 the deposit and the start payment (both 2027-02-12) were still open.
    const provisional = {
      date: '2027-02-12',
      calendarVersion: 'provisional-2027@rules-2024',
      provisional: true,
      movedFrom: null,
    };
    let summary = await view('/contracts/c-2027?asOf=2027-02-01', paid.body.position);
    expect(summary.nextDeadlines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'bondDeposit', ...provisional }),
        expect.objectContaining({ kind: 'installment', ...provisional }),
      ]),
    );
    const list = await view('/contracts?asOf=2027-02-01', paid.body.position);
    expect(
      list.contracts.find((c: { contractId: string }) => c.contractId === 'c-2027').nextDeadline,
    ).toMatchObject(provisional);

    // The notice arrives: 春节 off 2/5–2/12, Sun 1/31 and Sat 2/20 worked → 1/28, 1/29, 1/31,
    // 2/1–2/4, 2/15–2/17 → Wed 2027-02-17: the deposit and payment of 2/16 were on time.
    const published = await post('admin', '/calendar/years', INVENTED_2027);
    expect(published.status).toBe(201);
    expect(published.body.year).toMatchObject({
      year: 2027,
      status: 'official',
      calendarVersion: 'cn-2027@test-1',
      replaces: 'provisional-2027@rules-2024',
    });
    bond = await view('/contracts/c-2027/bond?asOf=2027-03-01', paid.body.position);
    expect(bond.deposit).toMatchObject({
      deadline: '2027-02-17',
      deadlineCalendar: {
        calendarVersion: 'cn-2027@test-1',
        provisional: false,
        movedFrom: { date: '2027-02-12', calendarVersion: 'provisional-2027@rules-2024' },
      },
      late: false,
      flags: ['late'], // as recorded: the fact's flags are history
    });
    schedule = await view('/contracts/c-2027/payment-schedule?asOf=2027-03-01', paid.body.position);
    expect(schedule.installments[0]).toMatchObject({
      dueDate: '2027-02-17',
      calendarVersion: 'cn-2027@test-1',
      provisional: false,
      movedFrom: { dueDate: '2027-02-12', calendarVersion: 'provisional-2027@rules-2024' },
    });
    summary = await view('/contracts/c-2027?asOf=2027-02-01', paid.body.position);
    const moved = {
      date: '2027-02-17',
      calendarVersion: 'cn-2027@test-1',
      provisional: false,
      movedFrom: { date: '2027-02-12', calendarVersion: 'provisional-2027@rules-2024' },
    };
    expect(summary.nextDeadlines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'bondDeposit', ...moved }),
        expect.objectContaining({ kind: 'installment', ...moved }),
      ]),
    );
    // The same file again records nothing; GET /calendar lists the year with its source.
    expect((await post('admin', '/calendar/years', INVENTED_2027)).status).toBe(200);
    const listing = await as('finance', request(server()).get('/calendar'));
    expect(listing.status).toBe(200);
    expect(listing.body.years.find((y: { year: number }) => y.year === 2027)).toMatchObject({
      status: 'official',
      source: INVENTED_2027.source,
      publishedBy: { eventId: published.body.year.publishedBy.eventId },
    });
    expect(listing.body.years.find((y: { year: number }) => y.year === 2030)).toMatchObject({
      status: 'provisional',
      calendarVersion: 'provisional-2030@rules-2024',
      source: null,
    });
  });

  it('2030: a deadline crossing into 2030 is counted on the provisional years and marked so', async () => {
    // Signed Mon 2029-12-24: 12/25–12/28, 12/31, (元旦 Tue 1/1 off), 1/2–1/4, 1/7, 1/8 → 2030-01-08.
    expect(
      (await put('operator', '/contracts/c-2030', { terms: signedOn('2029-12-24') })).status,
    ).toBe(201);
    const deposit = await post('finance', '/contracts/c-2030/bond/deposits', {
      occurredAt: '2030-01-07',
      amount: '117350.00',
    });
    expect(deposit.status).toBe(201);
    expect(deposit.body.events[0].data).toMatchObject({
      dueBy: '2030-01-08',
      calendarVersion: 'provisional-2029@rules-2024+provisional-2030@rules-2024',
      flags: [],
    });
    const bond = await view('/contracts/c-2030/bond?asOf=2030-02-01', deposit.body.position);
    expect(bond.deposit.deadlineCalendar).toMatchObject({ provisional: true, movedFrom: null });
    expect(bond.problems).toEqual([]);
  });

  it('refuses a file that breaks a rule, naming the field and the rule, and records nothing', async () => {
    const broken = {
      ...INVENTED_2027,
      version: 'test-2',
      breaks: INVENTED_2027.breaks.map((b) =>
        b.festivals[0] === 'springFestival'
          ? { ...b, workdays: ['2027-02-01', '2027-02-20'] } // Monday: not a make-up day
          : b.festivals[0] === 'midAutumn'
            ? { ...b, off: ['2027-09-15', '2027-09-16'] } // 2 weekdays for 1 statutory day
            : b,
      ),
    };
    const res = await post('admin', '/calendar/years', broken);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('CALENDAR_YEAR_INVALID');
    const violations = JSON.stringify(res.body);
    expect(violations).toContain('breaks[1].workdays[0]');
    expect(violations).toContain('makeUpDayOnWeekend');
    expect(violations).toContain('breaks[5].off');
    expect(violations).toContain('statutoryCount');
    expect((await post('finance', '/calendar/years', INVENTED_2027)).status).toBe(403);
    const listing = await as('admin', request(server()).get('/calendar'));
    expect(listing.body.years.find((y: { year: number }) => y.year === 2027).calendarVersion).toBe(
      'cn-2027@test-1',
    );
  });
});
