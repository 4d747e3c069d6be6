import request from 'supertest';
import { CONTRACT_000_TERMS } from '@app/domain';
import { buildOpenApiDocument } from '../../../apps/api/src/common/openapi/setup-open-api';
import { ContractApi, KEYS, newContractId, startContractApi } from '../contracts/contract-api';

/**
 * Hostile bodies are refused at the door, before validation, on every command endpoint: a
 * nesting bomb, characters PostgreSQL's jsonb cannot store, members that class-transformer would
 * silently drop, and bodies that are not JSON at all. Nothing is written in any case.
 */
describe('hostile input on every command endpoint', () => {
  let api: ContractApi;
  let id: string;
  let endpoints: { method: 'post' | 'put'; path: string }[];

  beforeAll(async () => {
    api = await startContractApi('robust_input');
    id = newContractId('c000');
    await api.sign(id, CONTRACT_000_TERMS);
    const document = buildOpenApiDocument(api.app);
    endpoints = Object.entries(document.paths).flatMap(([path, item]) =>
      (['post', 'put'] as const)
        .filter((method) => item[method] !== undefined)
        .map((method) => ({
          method,
          path: path.replace('{contractId}', id).replace(/\{[^}]+\}/g, 'x-1'),
        })),
    );
  });
  afterAll(async () => {
    await api?.close();
  });

  const send = (method: 'post' | 'put', path: string, raw: string, type = 'application/json') =>
    request(api.app.getHttpServer())
      [method](path)
      .set('Authorization', `Bearer ${KEYS.admin}`)
      .set('Content-Type', type)
      .send(raw);

  it('finds the command endpoints', () => {
    expect(endpoints.length).toBeGreaterThanOrEqual(30);
  });

  it('refuses 60,000 levels of nesting in 120 KB with 400 on every endpoint, writing nothing', async () => {
    const bomb = `{"occurredAt":"2022-06-01","x":${'['.repeat(60_000)}${']'.repeat(60_000)}}`;
    const before = await api.revision(id);
    for (const { method, path } of endpoints) {
      const res = await send(method, path, bomb);
      expect({ path, status: res.status, code: res.body.code }).toEqual({
        path,
        status: 400,
        code: 'BODY_TOO_DEEP',
      });
    }
    expect(await api.revision(id)).toBe(before);
  });

  it('refuses 2,000 levels of objects inside a known member with 400', async () => {
    const deep = `${'{"a":'.repeat(2_000)}1${'}'.repeat(2_000)}`;
    const res = await send('put', `/contracts/${newContractId('deep')}`, `{"terms":${deep}}`);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('BODY_TOO_DEEP');
  });

  it('accepts ordinary nesting (signed terms are a few levels deep)', async () => {
    const res = await api.sign(newContractId('ok'), CONTRACT_000_TERMS);
    expect(res.status).toBe(201);
  });

  it('refuses a NUL character in free text with 400 naming the field', async () => {
    const before = await api.revision(id);
    const res = await send(
      'post',
      `/contracts/${id}/breach-notices`,
      JSON.stringify({
        occurredAt: '2022-06-01',
        noticeId: 'bn-nul',
        by: 'client',
        breach: 'late\u0000',
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'breach', rule: 'noControlCharacters' }],
    });
    expect(await api.revision(id)).toBe(before);
  });

  it.each([
    ['a backspace', 'late\u0008'],
    ['an escape', '\u001b[31mred'],
    ['a C1 control', 'late\u0085'],
    ['a lone surrogate', 'late\ud800'],
  ])('refuses %s in free text, naming the field', async (_label, breach) => {
    const res = await send(
      'post',
      `/contracts/${id}/breach-notices`,
      JSON.stringify({ occurredAt: '2022-06-01', noticeId: 'bn-ctl', by: 'client', breach }),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'breach' })]);
  });

  it('keeps tabs and line breaks in free text', async () => {
    const res = await send(
      'post',
      `/contracts/${id}/breach-notices`,
      JSON.stringify({
        occurredAt: '2022-06-01',
        noticeId: 'bn-lines',
        by: 'client',
        breach: '服务不达标:\n\t1. 响应超时',
      }),
    );
    expect(res.status).toBe(201);
  });

  it('refuses a business date after today (a 2099 date on a 2022 contract), naming the field', async () => {
    const before = await api.revision(id);
    const res = await send(
      'post',
      `/contracts/${id}/breach-notices`,
      JSON.stringify({ occurredAt: '2099-12-31', noticeId: 'bn-2099', by: 'client', breach: 'x' }),
    );
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'OCCURRED_IN_FUTURE',
      errors: [{ field: 'occurredAt', rule: 'OCCURRED_IN_FUTURE' }],
    });
    expect(await api.revision(id)).toBe(before);
  });

  it.each(['constructor', '__proto__', 'prototype'])(
    'refuses a member named %s like any unknown member',
    async (member) => {
      const before = await api.revision(id);
      const res = await send(
        'post',
        `/contracts/${id}/breach-notices`,
        `{"occurredAt":"2022-06-01","noticeId":"bn-proto","by":"client","breach":"x","${member}":{"a":1}}`,
      );
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ field: member, rule: 'whitelistValidation' }],
      });
      expect(await api.revision(id)).toBe(before);
    },
  );

  it('refuses such a member nested in the terms, with its path', async () => {
    const terms = JSON.stringify(CONTRACT_000_TERMS).replace(
      '"installments":[{',
      '"installments":[{"__proto__":{"polluted":true},',
    );
    const res = await send('put', `/contracts/${newContractId('proto')}`, `{"terms":${terms}}`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'terms.paymentSchedule.installments[0].__proto__' }),
    ]);
  });

  it.each([
    ['text/plain', '{"occurredAt":"2022-06-01"}'],
    ['application/x-www-form-urlencoded', 'occurredAt=2022-06-01'],
    ['application/xml', '<breach/>'],
  ])('answers 415 to a %s body', async (type, raw) => {
    const res = await send('post', `/contracts/${id}/breach-notices`, raw, type);
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('accepts application/json with a charset and +json media types', async () => {
    const body = JSON.stringify({
      occurredAt: '2022-06-01',
      noticeId: 'bn-charset',
      by: 'client',
      breach: 'x',
    });
    expect(
      (
        await send(
          'post',
          `/contracts/${id}/breach-notices`,
          body,
          'application/json; charset=utf-8',
        )
      ).status,
    ).toBe(201);
  });
});
