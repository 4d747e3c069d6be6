import { CONTRACT_000_TERMS, CONTRACT_001_TERMS, ContractTerms } from '@app/domain';
import type { Role } from '../../../apps/api/src/common';
import { newContractId, useContractApi } from './contract-api';

/**
 * Every refusal is one problem+json shape naming each offending field and rule, and nothing
 * is written: each case checks the stream's revision before and after.
 */
describe('contract commands: validation and refusals', () => {
  const id = newContractId('c000');
  const contracts = useContractApi('contracts_validation', async (api) => {
    await api.sign(id, CONTRACT_000_TERMS);
  });

  const payment = (extra: Record<string, unknown> = {}) => ({
    occurredAt: '2022-05-27',
    paymentId: 'pay-first',
    installmentId: 'first',
    amount: '565000.00',
    ...extra,
  });

  /** Sends, expects `status` as problem+json, and checks that the stream did not move. */
  async function refused(
    status: number,
    path: string,
    body: unknown,
    role: Role = 'finance',
    contractId = id,
  ) {
    const before = await contracts.api.revision(contractId);
    const method = path === '' ? 'put' : 'post';
    const res = await contracts.api.send(
      role,
      method,
      `/contracts/${contractId}${path && '/'}${path}`,
      body,
    );
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
    expect(await contracts.api.revision(contractId)).toBe(before);
    return res.body as {
      code: string;
      errors?: { field: string; rule: string; message: string }[];
    };
  }
  const fieldErrors = async (path: string, body: unknown, role?: Role) =>
    (await refused(400, path, body, role)).errors;

  describe('400: the body and path, one entry per offending field', () => {
    it.each([
      ['an unknown field', payment({ paidBy: 'treasury' }), 'paidBy', 'whitelistValidation'],
      ['money with three decimals', payment({ amount: '565000.001' }), 'amount', 'isMoney'],
      ['a negative amount', payment({ amount: '-1.00' }), 'amount', 'isMoney'],
      ['money as a JSON number', payment({ amount: 565000 }), 'amount', 'isMoney'],
      ['money above 10^12', payment({ amount: '1000000000000.01' }), 'amount', 'isMoney'],
      ['an impossible date', payment({ occurredAt: '2022-02-30' }), 'occurredAt', 'isLocalDate'],
      ['a date before 2000', payment({ occurredAt: '1999-12-31' }), 'occurredAt', 'isLocalDate'],
      ['a date after 2100', payment({ occurredAt: '2101-01-01' }), 'occurredAt', 'isLocalDate'],
      [
        'a date with a time',
        payment({ occurredAt: '2022-05-27T10:00:00Z' }),
        'occurredAt',
        'isLocalDate',
      ],
      ['a missing field', payment({ paymentId: undefined }), 'paymentId', 'isId'],
      ['an id with a space', payment({ paymentId: 'pay 1' }), 'paymentId', 'isId'],
      [
        'null for an optional field',
        payment({ penaltyOffsets: null }),
        'penaltyOffsets',
        'isArray',
      ],
      [
        'a nested amount',
        payment({ penaltyOffsets: [{ penaltyId: 'p', amount: '1.005' }] }),
        'penaltyOffsets[0].amount',
        'isMoney',
      ],
      [
        'a nested unknown field',
        payment({ penaltyOffsets: [{ penaltyId: 'p', amount: '1.00', x: 1 }] }),
        'penaltyOffsets[0].x',
        'whitelistValidation',
      ],
    ])('%s', async (_case, body, field, rule) => {
      expect(await fieldErrors('payments', body)).toEqual([
        {
          field,
          rule,
          message: expect.stringContaining(field.split(/[.[]/).pop()!.replace(/\]$/, '')),
        },
      ]);
    });

    it('names every offending field at once', async () => {
      const errors = await fieldErrors('payments', {
        occurredAt: '2022-13-01',
        amount: '1.234',
        extra: true,
      });
      expect(errors!.map((e) => `${e.field}:${e.rule}`).sort()).toEqual([
        'amount:isMoney',
        'extra:whitelistValidation',
        'installmentId:isId',
        'occurredAt:isLocalDate',
        'paymentId:isId',
      ]);
    });

    it('enums, counts and free text', async () => {
      const notice = {
        occurredAt: '2022-09-01',
        noticeId: 'bn-1',
        by: 'nobody',
        breach: '服务不达标',
      };
      expect(await fieldErrors('breach-notices', notice, 'operator')).toEqual([
        expect.objectContaining({ field: 'by', rule: 'isIn' }),
      ]);
      const penalty = {
        occurredAt: '2022-09-01',
        penaltyId: 'p',
        ruleId: 'late-delivery',
        days: 1.5,
      };
      expect(await fieldErrors('penalties', penalty, 'operator')).toEqual([
        expect.objectContaining({ field: 'days', rule: 'isInt' }),
      ]);
      const waiver = { occurredAt: '2022-09-01', reason: '   ' };
      expect(await fieldErrors('penalties/p/waiver', waiver, 'operator')).toEqual([
        expect.objectContaining({ field: 'reason', rule: 'isText' }),
      ]);
    });

    it('path parameters', async () => {
      const bad = newContractId('bad') + '!';
      expect((await refused(400, 'payments', payment(), 'finance', bad)).errors).toEqual([
        expect.objectContaining({ field: 'contractId', rule: 'isId' }),
      ]);
      for (const index of ['0', 'abc', '1.5', '99999']) {
        const errors = await fieldErrors(
          `reviews/monthly-report/${index}/report`,
          { occurredAt: '2022-04-05' },
          'operator',
        );
        expect(errors).toEqual([
          expect.objectContaining({ field: 'periodIndex', rule: 'isPeriodIndex' }),
        ]);
      }
    });

    it('a body that is not JSON is a 400; one above 256kb a 413', async () => {
      const before = await contracts.api.revision(id);
      const garbled = await contracts.api
        .send('finance', 'post', `/contracts/${id}/payments`, '{"amount": ')
        .set('Content-Type', 'application/json');
      expect(garbled.status).toBe(400);
      const huge = await contracts.api.send(
        'finance',
        'post',
        `/contracts/${id}/payments`,
        payment({ note: 'x'.repeat(300 * 1024) }),
      );
      expect(huge.status).toBe(413);
      expect(huge.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
      expect(await contracts.api.revision(id)).toBe(before);
    });
  });

  describe('signing: the terms', () => {
    const sign = (contractId: string, terms: unknown, status: number) =>
      refused(status, '', { terms }, 'operator', contractId);

    it('400 for an unknown section or a malformed simple member, by path', async () => {
      const other = newContractId('c000-bad');
      const errors = (
        await sign(
          other,
          {
            ...CONTRACT_000_TERMS,
            penalty: {},
            total: { taxInclusive: '1130000' + '.001' },
            parties: { ...CONTRACT_000_TERMS.parties, client: {} },
          },
          400,
        )
      ).errors;
      expect(errors!.map((e) => `${e.field}:${e.rule}`).sort()).toEqual([
        'terms.parties.client.name:isText',
        'terms.penalty:whitelistValidation',
        'terms.total.taxInclusive:isMoney',
      ]);
      expect((await sign(other, { ...CONTRACT_000_TERMS, bond: undefined }, 400)).errors).toEqual([
        expect.objectContaining({ field: 'terms.bond', rule: 'isDefined' }),
      ]);
      expect(await contracts.api.revision(other)).toBe(-1);
    });

    it('422 with every error of validateTerms as terms.<path> and its rule', async () => {
      const [first, ...rest] = CONTRACT_000_TERMS.paymentSchedule.installments;
      const terms: ContractTerms = {
        ...CONTRACT_000_TERMS,
        servicePeriod: { kind: 'explicit', start: '2023-05-01', end: '2022-03-01' },
        paymentSchedule: {
          ...CONTRACT_000_TERMS.paymentSchedule,
          installments: [{ ...first, amount: '1.00', share: undefined }, ...rest],
        },
      };
      const problem = await sign(newContractId('c000-bad'), terms, 422);
      expect(problem.code).toBe('INVALID_TERMS');
      expect(problem.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'terms.servicePeriod.end', rule: 'date-order' }),
          expect.objectContaining({
            field: expect.stringMatching(/^terms\.paymentSchedule/),
            rule: 'installments-sum',
          }),
        ]),
      );
    });

    it('signs doubtful terms, returning the warnings the event records', async () => {
      const other = newContractId('c001-warn');
      const terms = {
        ...CONTRACT_001_TERMS,
        bond: { ...CONTRACT_001_TERMS.bond!, rate: undefined, amount: '300000.00' },
      };
      const res = await contracts.api.sign(other, terms);
      expect(res.body.warnings).toEqual([
        expect.objectContaining({ field: 'terms.bond.amount', rule: 'bond-above-10-percent' }),
      ]);
      expect(res.body.events[0].data.warnings).toEqual(['bond-above-10-percent']);
    });

    it('the same terms again change nothing (200); other terms are a 409', async () => {
      const again = await contracts.api.send('operator', 'put', `/contracts/${id}`, {
        terms: CONTRACT_000_TERMS,
      });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ revision: 0, idempotent: true, eventIds: [], events: [] });
      expect(again.headers.etag).toBe('W/"0"');
      const other = { ...CONTRACT_000_TERMS, projectName: '另一个项目' };
      expect(await sign(id, other, 409)).toMatchObject({
        code: 'CONTRACT_ALREADY_SIGNED',
        errors: [expect.objectContaining({ field: 'terms' })],
      });
    });
  });

  describe('refusals by the contract (domain codes, by kind)', () => {
    it('payment before signing: 404 PAYMENT_BEFORE_SIGNING (the contract does not exist yet)', async () => {
      const unsigned = newContractId('unsigned');
      expect(await refused(404, 'payments', payment(), 'finance', unsigned)).toMatchObject({
        code: 'PAYMENT_BEFORE_SIGNING',
      });
      expect(
        await refused(
          404,
          'invoices',
          { occurredAt: '2022-05-01', invoiceId: 'i', installmentId: 'first', amount: '1.00' },
          'finance',
          unsigned,
        ),
      ).toMatchObject({ code: 'CONTRACT_NOT_SIGNED' });
    });

    it('unknown installment 404, date before signing 422, fact id reused 409, state conflict 409', async () => {
      expect(await refused(404, 'payments', payment({ installmentId: 'fourth' }))).toMatchObject({
        code: 'UNKNOWN_INSTALLMENT',
      });
      expect(await refused(422, 'payments', payment({ occurredAt: '2022-01-05' }))).toMatchObject({
        code: 'DATE_BEFORE_SIGNING',
        errors: [{ field: 'occurredAt', rule: 'DATE_BEFORE_SIGNING', message: expect.any(String) }],
      });
      await contracts.api.record(
        'finance',
        id,
        'payments',
        payment({ paymentId: 'pay-dup' }),
        'PaymentRecorded',
      );
      expect(
        await refused(409, 'payments', payment({ paymentId: 'pay-dup', amount: '1.00' })),
      ).toMatchObject({
        code: 'DUPLICATE_FACT_ID',
        errors: [expect.objectContaining({ field: 'paymentId' })],
      });
      expect(
        await refused(409, 'holdover/start', { occurredAt: '2022-06-01' }, 'operator'),
      ).toMatchObject({ code: 'CONTRACT_NOT_EXPIRED' });
    });
  });
});
