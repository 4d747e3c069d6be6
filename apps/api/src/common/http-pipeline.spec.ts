import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, IsString, ValidateNested } from 'class-validator';
import request from 'supertest';
import { DomainError } from '@app/domain/shared/decider';
import { WrongExpectedRevisionError } from '@app/event-store/event-store.errors';
import { HttpTestApp, createHttpTestApp } from '../../../../test/support/http-test-app';
import {
  ALL_ROLES,
  ApiKeyRegistry,
  IsLocalDate,
  IsMoney,
  IsRate,
  Public,
  Roles,
  currentActor,
  currentCorrelationId,
} from './index';

class InstallmentDto {
  @IsMoney() amount!: string;
  @IsLocalDate() dueOn!: string;
}

class TermsDto {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => InstallmentDto)
  installments!: InstallmentDto[];

  @IsRate() lateRate!: string;
}

class CreateThingDto {
  @IsString() title!: string;

  @ValidateNested()
  @Type(() => TermsDto)
  terms!: TermsDto;
}

@Controller('things')
class ThingsController {
  @Post()
  @Roles('operator')
  create(@Body() body: CreateThingDto) {
    return { title: body.title, actor: currentActor(), correlationId: currentCorrelationId() };
  }

  @Get('money')
  @Roles('finance')
  money() {
    return { ok: true };
  }

  @Get('unmarked')
  unmarked() {
    return { ok: true };
  }

  @Get('anyone')
  @Roles(...ALL_ROLES)
  anyone() {
    return { ok: true };
  }

  @Post('refuse/:code')
  @Roles('operator')
  refuse(@Param('code') code: string) {
    throw new DomainError(code, 'The contract refuses this', 'terms.installments[0].amount', {
      limit: '100.00',
    });
  }

  @Post('conflict')
  @Roles('operator')
  conflict() {
    throw new WrongExpectedRevisionError('contract-1', '3', 5);
  }

  @Get('boom')
  @Roles(...ALL_ROLES)
  boom() {
    throw new Error('connect ECONNREFUSED postgres://secret@db');
  }

  @Get('open')
  @Public()
  open() {
    return { ok: true, actor: currentActor() ?? null };
  }
}

const KEYS = {
  operator: 'operator-test-key',
  finance: 'finance-test-key',
  admin: 'admin-test-key',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('HTTP pipeline: correlation, auth, validation, problem details, logs', () => {
  let t: HttpTestApp;
  const http = () => request(t.app.getHttpServer());
  const validBody = {
    title: 'Road maintenance',
    terms: {
      installments: [
        { amount: '1000.00', dueOn: '2025-03-31' },
        { amount: '2000.5', dueOn: '2025-06-30' },
      ],
      lateRate: '0.0005',
    },
  };

  beforeAll(async () => {
    t = await createHttpTestApp({
      controllers: [ThingsController],
      apiKeys: ApiKeyRegistry.fromKeys([
        { name: 'ops-desk', roles: ['operator'], key: KEYS.operator },
        { name: 'finance-desk', roles: ['finance'], key: KEYS.finance },
        { name: 'root', roles: ['admin'], key: KEYS.admin },
      ]),
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('correlation id', () => {
    it('generates a uuid v4 and echoes it', async () => {
      const res = await http().get('/things/open').expect(200);
      expect(res.headers['x-correlation-id']).toMatch(UUID);
    });

    it('keeps a valid client id and replaces an unsafe one', async () => {
      const kept = await http()
        .get('/things/open')
        .set('X-Correlation-Id', 'client-abc.123')
        .expect(200);
      expect(kept.headers['x-correlation-id']).toBe('client-abc.123');
      const replaced = await http()
        .get('/things/open')
        .set('X-Correlation-Id', 'has spaces\tand tabs')
        .expect(200);
      expect(replaced.headers['x-correlation-id']).toMatch(UUID);
    });

    it('is visible to the handler together with the actor (AsyncLocalStorage)', async () => {
      const res = await http()
        .post('/things')
        .set('Authorization', `Bearer ${KEYS.operator}`)
        .set('X-Correlation-Id', 'corr-42')
        .send(validBody)
        .expect(201);
      expect(res.body).toEqual({
        title: 'Road maintenance',
        actor: 'ops-desk',
        correlationId: 'corr-42',
      });
    });
  });

  describe('authentication and roles', () => {
    it('401 without a key, as a problem, and logs the refusal', async () => {
      const res = await http().get('/things/money').set('X-Correlation-Id', 'no-key-1').expect(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(res.body).toMatchObject({
        status: 401,
        code: 'UNAUTHENTICATED',
        instance: '/things/money',
        correlationId: 'no-key-1',
      });
      expect(t.logs).toContainEqual(
        expect.objectContaining({
          level: 'warn',
          context: 'Auth',
          msg: 'authentication refused',
          correlationId: 'no-key-1',
        }),
      );
    });

    it('401 with an unknown key', async () => {
      const res = await http().get('/things/money').set('Authorization', 'Bearer nope').expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('403 with the wrong role, logged with the actor', async () => {
      const res = await http()
        .get('/things/money')
        .set('Authorization', `Bearer ${KEYS.operator}`)
        .set('X-Correlation-Id', 'wrong-role-1')
        .expect(403);
      expect(res.body).toMatchObject({
        status: 403,
        code: 'FORBIDDEN_ROLE',
        requiredRoles: ['finance'],
      });
      expect(t.logs).toContainEqual(
        expect.objectContaining({
          msg: 'authorization refused',
          actor: 'ops-desk',
          correlationId: 'wrong-role-1',
        }),
      );
    });

    it('accepts X-Api-Key, and admin passes every role check', async () => {
      await http().get('/things/money').set('X-Api-Key', KEYS.finance).expect(200);
      await http().get('/things/money').set('X-Api-Key', KEYS.admin).expect(200);
    });

    it('a route without @Roles is admin-only; @Roles(...ALL_ROLES) admits any key', async () => {
      await http().get('/things/unmarked').set('X-Api-Key', KEYS.finance).expect(403);
      await http().get('/things/unmarked').set('X-Api-Key', KEYS.admin).expect(200);
      await http().get('/things/anyone').set('X-Api-Key', KEYS.finance).expect(200);
    });

    it('@Public routes need no key', async () => {
      const res = await http().get('/things/open').expect(200);
      expect(res.body).toEqual({ ok: true, actor: null });
    });
  });

  describe('validation', () => {
    it('400 with one entry per offending field, nested paths and rule names', async () => {
      const body = {
        title: 'Road maintenance',
        extra: 'not in the DTO',
        terms: {
          installments: [
            { amount: '1000.00', dueOn: '2025-02-30' },
            { amount: 12.5, dueOn: '2025-06-30' },
            { amount: '1000000000000.01', dueOn: '1999-12-31' },
          ],
          lateRate: '5%',
        },
      };
      const res = await http()
        .post('/things')
        .set('X-Api-Key', KEYS.operator)
        .send(body)
        .expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      const byField = Object.fromEntries(
        (res.body.errors as { field: string; rule: string; message: string }[]).map((e) => [
          e.field,
          e,
        ]),
      );
      expect(Object.keys(byField).sort()).toEqual(
        [
          'extra',
          'terms.installments[0].dueOn',
          'terms.installments[1].amount',
          'terms.installments[2].amount',
          'terms.installments[2].dueOn',
          'terms.lateRate',
        ].sort(),
      );
      expect(byField.extra.rule).toBe('whitelistValidation');
      expect(byField['terms.installments[0].dueOn']).toMatchObject({
        rule: 'isLocalDate',
        message: 'dueOn must be a real calendar date',
      });
      expect(byField['terms.installments[1].amount']).toMatchObject({
        rule: 'isMoney',
        message: expect.stringMatching(/not a number/),
      });
      expect(byField['terms.installments[2].amount'].message).toBe(
        'amount must not exceed 1000000000000',
      );
      expect(byField['terms.installments[2].dueOn'].message).toBe(
        'dueOn must be between 2000-01-01 and 2100-12-31',
      );
      expect(byField['terms.lateRate'].rule).toBe('isRate');
    });

    it('400 for a body that is not JSON, 413 for one too large: problems too', async () => {
      const malformed = await http()
        .post('/things')
        .set('X-Api-Key', KEYS.operator)
        .set('Content-Type', 'application/json')
        .send('{"title": ')
        .expect(400);
      expect(malformed.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(malformed.body).toMatchObject({
        status: 400,
        code: 'BAD_REQUEST',
        detail: expect.stringMatching(/JSON/),
      });
      const huge = await http()
        .post('/things')
        .set('X-Api-Key', KEYS.operator)
        .send({ title: 'x'.repeat(200_000) })
        .expect(413);
      expect(huge.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    });
  });

  describe('problem details for domain and store errors', () => {
    it.each([
      ['INSTALLMENTS_EXCEED_TOTAL', 422],
      ['CONTRACT_NOT_FOUND', 404],
      ['ALREADY_SIGNED', 409],
      ['INVOICE_ALREADY_PAID', 409],
    ])('DomainError %s → %i with the field, rule and details', async (code, status) => {
      const res = await http()
        .post(`/things/refuse/${code}`)
        .set('X-Api-Key', KEYS.operator)
        .expect(status);
      expect(res.body).toMatchObject({
        type: `urn:contract-ledger:problem:${code.toLowerCase().replace(/_/g, '-')}`,
        status,
        code,
        detail: 'The contract refuses this',
        limit: '100.00',
        errors: [
          {
            field: 'terms.installments[0].amount',
            rule: code,
            message: 'The contract refuses this',
          },
        ],
      });
    });

    it('WrongExpectedRevisionError → 409 with currentRevision, 412 (+ ETag) when If-Match was sent', async () => {
      const conflict = await http()
        .post('/things/conflict')
        .set('X-Api-Key', KEYS.operator)
        .expect(409);
      expect(conflict.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', currentRevision: 5 });
      const precondition = await http()
        .post('/things/conflict')
        .set('X-Api-Key', KEYS.operator)
        .set('If-Match', 'W/"3"')
        .expect(412);
      expect(precondition.body).toMatchObject({ code: 'PRECONDITION_FAILED', currentRevision: 5 });
      expect(precondition.headers.etag).toBe('W/"5"');
    });

    it('an unexpected error is a 500 without internals, logged with stack and correlation id', async () => {
      const res = await http()
        .get('/things/boom')
        .set('X-Api-Key', KEYS.admin)
        .set('X-Correlation-Id', 'boom-1')
        .expect(500);
      expect(res.body).toMatchObject({
        status: 500,
        code: 'INTERNAL_SERVER_ERROR',
        correlationId: 'boom-1',
      });
      expect(JSON.stringify(res.body)).not.toMatch(/postgres|ECONNREFUSED/);
      const logged = t.logs.find((l) => l.msg === 'request failed' && l.correlationId === 'boom-1');
      expect(logged).toMatchObject({
        level: 'error',
        error: expect.stringContaining('ECONNREFUSED'),
      });
      expect(String(logged?.stack)).toMatch(/ThingsController/);
    });

    it('an unknown route is a 404 problem', async () => {
      const res = await http().get('/nowhere').set('X-Api-Key', KEYS.admin).expect(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        code: 'NOT_FOUND',
      });
    });
  });

  it('logs every request once with method, path, status, duration and actor', async () => {
    await http()
      .get('/things/money?x=1')
      .set('X-Api-Key', KEYS.finance)
      .set('X-Correlation-Id', 'log-1')
      .expect(200);
    await http().get('/things/money').set('X-Correlation-Id', 'log-2').expect(401);
    const lines = t.logs.filter(
      (l) => l.msg === 'request completed' && ['log-1', 'log-2'].includes(String(l.correlationId)),
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      level: 'info',
      context: 'HTTP',
      method: 'GET',
      path: '/things/money',
      status: 200,
      actor: 'finance-desk',
    });
    expect(typeof lines[0].durationMs).toBe('number');
    expect(lines[1]).toMatchObject({ level: 'warn', status: 401, actor: null });
  });
});
