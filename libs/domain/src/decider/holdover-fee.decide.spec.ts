import type { ContractCommand } from '../commands';
import { cmd, SIGNED_001 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';
import { EXPIRED_002 } from './testing/histories';

/**
 * 001 2.3: the client pays the holdover fee; 12 months from 2022-07-06 end 2023-07-06, 25 days of
 * holdover 2023-07-07 … 07-31 → 2,347,000.00 × 25 ÷ 365 = 160,753.42 (≤ 10 % cap 234,700.00).
 * 002 第十三条 "费用按照…计算,由新服务商提供": the new service provider pays it.
 */
const pay = (amount: string, payer?: 'client' | 'successor', paymentId = 'hop-1') =>
  ({
    type: 'RecordHoldoverFeePayment',
    data: { occurredAt: '2023-08-10', paymentId, amount, ...(payer ? { payer } : {}) },
  }) as ContractCommand;
const HELD_001 = play(
  SIGNED_001,
  cmd.endService('2023-07-06'),
  { type: 'StartHoldover', data: { occurredAt: '2023-07-07' } },
  { type: 'EndHoldover', data: { occurredAt: '2023-07-31' } },
);
const HELD_002 = play(
  EXPIRED_002,
  { type: 'StartHoldover', data: { occurredAt: '2022-09-30' } },
  { type: 'EndHoldover', data: { occurredAt: '2022-10-30' } },
);

describe('RecordHoldoverFeePayment', () => {
  it('001 2.3: the client pays its fee — recorded, no flag', () => {
    given(...HELD_001)
      .when(pay('160753.42'))
      .then({
        type: 'HoldoverFeePaid',
        data: {
          occurredAt: '2023-08-10',
          paymentId: 'hop-1',
          amount: '160753.42',
          payer: 'client',
          owedBy: 'client',
          flags: [],
        },
      });
  });

  it('more than the fee still owed is recorded and flagged exceedsFee', () => {
    given(...play(HELD_001, pay('160753.42')))
      .when(pay('0.01', 'client', 'hop-2'))
      .thenOne({ type: 'HoldoverFeePaid', data: { flags: ['exceedsFee'] } });
  });

  it('002 第十三条 "由新服务商提供": the new provider pays — no flag; the client pays — flagged payerNotLiable', () => {
    given(...HELD_002)
      .when(pay('1000.00', 'successor'))
      .thenOne({ type: 'HoldoverFeePaid', data: { owedBy: 'successor', flags: [] } });
    given(...HELD_002)
      .when(pay('1000.00', 'client'))
      .thenOne({
        type: 'HoldoverFeePaid',
        data: { owedBy: 'successor', flags: ['payerNotLiable'] },
      });
  });

  it('refuses a payment while no fee is fixed, one dated before the holdover ended, a reused id', () => {
    given(...play(SIGNED_001, cmd.endService('2023-07-06')))
      .when(pay('100.00'))
      .thenRefuses('HOLDOVER_FEE_NOT_FIXED');
    given(...HELD_001)
      .when({
        type: 'RecordHoldoverFeePayment',
        data: { occurredAt: '2023-07-30', paymentId: 'hop-1', amount: '100.00' },
      })
      .thenRefuses('DATE_OUT_OF_ORDER', 'data.occurredAt');
    given(...play(HELD_001, pay('100.00')))
      .when(pay('100.00'))
      .thenNothing();
    refusals([play(HELD_001, pay('100.00')), pay('200.00'), 'DUPLICATE_FACT_ID', 'data.paymentId']);
  });
});
