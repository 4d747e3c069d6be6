import { EVENT_EXAMPLES } from '../events/contract-event.examples';
import type { ContractCommand } from '../commands';
import { CONTRACT_001_TERMS } from '../terms/examples/contract-001.terms';
import { cmd, signed, SIGNED_000, SIGNED_001 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

/**
 * 001 4.2 "因财政原因不能及时支付费用时…甲方不因此原因承担违约责任" (000 / 004 第五条 5 "财政国库支付受限，
 * 支付期限顺延，不承担违约责任"): a treasury year-end closing from 2022-12-20, lifted on 2023-01-09.
 */
const start = (occurredAt = '2022-12-20', restrictionId = 'pr-1'): ContractCommand => ({
  type: 'StartPaymentRestriction',
  data: { occurredAt, restrictionId, reason: '市财政国库年终结账' },
});
const end = (occurredAt = '2023-01-09', restrictionId = 'pr-1'): ContractCommand => ({
  type: 'EndPaymentRestriction',
  data: { occurredAt, restrictionId },
});
const RESTRICTED = play(SIGNED_001, start());

describe('StartPaymentRestriction', () => {
  it('records the start of a treasury restriction', () => {
    given(...SIGNED_001)
      .when(start())
      // exactly the published example (events/*-event.examples.ts)
      .then(EVENT_EXAMPLES.PaymentRestrictionStarted);
  });

  it('refuses a second restriction while one runs, and one after it ended is fine', () => {
    given(...RESTRICTED)
      .when(start('2022-12-25', 'pr-2'))
      .thenRefuses('PAYMENT_RESTRICTION_RUNNING', 'data.restrictionId');
    given(...play(RESTRICTED, end()))
      .when(start('2023-06-01', 'pr-2'))
      .thenOne({ type: 'PaymentRestrictionStarted', data: { restrictionId: 'pr-2' } });
  });

  it('refuses terms that do not excuse funding delays, and a date before signing', () => {
    const strict = signed(
      {
        ...CONTRACT_001_TERMS,
        paymentSchedule: { ...CONTRACT_001_TERMS.paymentSchedule, fundingDelayExcused: false },
      },
      'c-strict',
    );
    refusals(
      [strict, start(), 'PAYMENT_RESTRICTION_NOT_PROVIDED'],
      [SIGNED_001, start('2022-07-01'), 'DATE_BEFORE_SIGNING', 'data.occurredAt'],
    );
  });

  it('decides nothing on a resend, refuses the id with other data', () => {
    given(...RESTRICTED)
      .when(start())
      .thenNothing();
    refusals([RESTRICTED, start('2022-12-21'), 'DUPLICATE_FACT_ID', 'data.restrictionId']);
  });
});

describe('EndPaymentRestriction', () => {
  it('records the end: 2022-12-20 … 2023-01-08 were restricted (20 days)', () => {
    given(...RESTRICTED)
      .when(end())
      // exactly the published example (events/*-event.examples.ts)
      .then(EVENT_EXAMPLES.PaymentRestrictionEnded);
  });

  it('refuses an unknown restriction, an end before the start, a second end on another day', () => {
    refusals(
      [RESTRICTED, end('2023-01-09', 'pr-9'), 'UNKNOWN_PAYMENT_RESTRICTION', 'data.restrictionId'],
      [RESTRICTED, end('2022-12-19'), 'DATE_OUT_OF_ORDER', 'data.occurredAt'],
    );
    const ended = play(RESTRICTED, end());
    refusals([ended, end('2023-01-10'), 'PAYMENT_RESTRICTION_ENDED', 'data.occurredAt']);
    given(...ended)
      .when(end())
      .thenNothing();
  });
});

describe('a restriction defers the payment deadline (000 第五条 5 "支付期限顺延")', () => {
  // 000 第五条 1: 565,000.00 due by 2022-05-31; the treasury is restricted 2022-05-25 … 2022-06-09.
  const INVOICED = play(SIGNED_000, cmd.invoice('first', '565000.00', '2022-05-10'));
  const RESTRICTED_000 = play(INVOICED, start('2022-05-25'));
  const LIFTED_000 = play(RESTRICTED_000, end('2022-06-10'));

  it('a payment within the deferred deadline (05-31 + 9 restricted days = 06-09) is not late', () => {
    given(...LIFTED_000)
      .when(cmd.pay('first', '565000.00', '2022-06-09'))
      .thenOne({ type: 'PaymentRecorded', data: { dueDate: '2022-05-31', flags: [] } });
    given(...INVOICED)
      .when(cmd.pay('first', '565000.00', '2022-06-09'))
      .thenOne({ type: 'PaymentRecorded', data: { flags: ['late'] } });
  });

  it('after the deferred deadline it is late; while the restriction runs it is not', () => {
    given(...LIFTED_000)
      .when(cmd.pay('first', '565000.00', '2022-06-10'))
      .thenOne({ type: 'PaymentRecorded', data: { flags: ['late'] } });
    given(...RESTRICTED_000)
      .when(cmd.pay('first', '565000.00', '2022-06-20'))
      .thenOne({ type: 'PaymentRecorded', data: { flags: [] } });
  });
});
