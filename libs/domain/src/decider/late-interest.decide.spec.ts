import type { ContractCommand } from '../commands';
import { SIGNED_000, SIGNED_001, SIGNED_003 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

/**
 * 001 5.2: late-payment interest 0.05 % a day of the delayed sum, capped at 5 % of it — on the
 * 704,100.00 second installment at most 35,205.00. 003 第六条 2(2): 1 % a day, capped at 5 % of the
 * contract total (2,780,000.00 → 139,000.00) across all installments. 000 has no such clause.
 */
const payInterest = (
  amount: string,
  occurredAt = '2023-06-20',
  installmentId = 'second',
  lateInterestPaymentId = 'lip-1',
): ContractCommand => ({
  type: 'RecordLateInterestPayment',
  data: { occurredAt, lateInterestPaymentId, installmentId, amount },
});
const waive = (
  amount: string | undefined,
  waiverId = 'liw-1',
  installmentId = 'second',
): ContractCommand => ({
  type: 'WaiveLateInterest',
  data: {
    occurredAt: '2023-06-20',
    waiverId,
    installmentId,
    reason: '乙方书面放弃',
    ...(amount === undefined ? {} : { amount }),
  },
});
/** 001 4.2: the 30 % is due 30 working days after the client confirmed the application. */
const CONFIRMED_001 = play(SIGNED_001, {
  type: 'ConfirmPaymentApplication',
  data: { occurredAt: '2023-03-10', installmentId: 'second' },
});
const DUE_SECOND = (CONFIRMED_001.at(-1)!.data as { dueDate: string }).dueDate;

describe('RecordLateInterestPayment', () => {
  it('records interest the client paid on a late installment (001 5.2)', () => {
    given(...CONFIRMED_001)
      .when(payInterest('3520.50'))
      .then({
        type: 'LateInterestPaid',
        data: {
          occurredAt: '2023-06-20',
          lateInterestPaymentId: 'lip-1',
          installmentId: 'second',
          amount: '3520.50',
          dueDate: DUE_SECOND,
          flags: [],
        },
      });
  });

  it('records and flags interest paid before anything was overdue', () => {
    given(...SIGNED_001)
      .when(payInterest('100.00'))
      .thenOne({ type: 'LateInterestPaid', data: { dueDate: null, flags: ['notOverdue'] } });
    given(...CONFIRMED_001)
      .when(payInterest('100.00', DUE_SECOND))
      .thenOne({ type: 'LateInterestPaid', data: { flags: ['notOverdue'] } });
  });

  it('flags more than the cap of 5 % of the delayed sum (35,205.00 on the second installment)', () => {
    given(...CONFIRMED_001)
      .when(payInterest('35205.00'))
      .thenOne({ type: 'LateInterestPaid', data: { flags: [] } });
    given(...CONFIRMED_001)
      .when(payInterest('35205.01'))
      .thenOne({ type: 'LateInterestPaid', data: { flags: ['exceedsCap'] } });
    const partlyPaid = play(CONFIRMED_001, payInterest('35000.00'));
    given(...partlyPaid)
      .when(payInterest('205.01', '2023-06-21', 'second', 'lip-2'))
      .thenOne({ type: 'LateInterestPaid', data: { flags: ['exceedsCap'] } });
  });

  it('003 第六条 2(2): the 139,000.00 cap binds both installments together', () => {
    const waivedOnFirst = play(SIGNED_003, waive('139000.00', 'liw-1', 'first'));
    given(...waivedOnFirst)
      .when(payInterest('0.01', '2023-08-01', 'final'))
      .thenOne({ type: 'LateInterestPaid', data: { flags: ['notOverdue', 'exceedsCap'] } });
  });

  it('flags interest paid after the supplier waived all of it', () => {
    given(...play(CONFIRMED_001, waive(undefined)))
      .when(payInterest('10.00'))
      .thenOne({ type: 'LateInterestPaid', data: { flags: ['afterWaiver'] } });
  });

  it('refuses a contract without a late-payment clause, an unknown installment, nothing paid', () => {
    given(...SIGNED_000)
      .when(payInterest('10.00', '2023-06-20', 'first'))
      .thenRefuses('LATE_PAYMENT_NOT_PROVIDED');
    given(...SIGNED_001)
      .when(payInterest('10.00', '2023-06-20', 'fourth'))
      .thenRefuses('UNKNOWN_INSTALLMENT', 'data.installmentId');
    refusals(
      [SIGNED_001, payInterest('0.00'), 'AMOUNT_NOT_POSITIVE', 'data.amount'],
      [SIGNED_001, payInterest('10.00', '2022-07-01'), 'DATE_BEFORE_SIGNING', 'data.occurredAt'],
    );
  });

  it('decides nothing on a resend, refuses the id with other data', () => {
    const paid = play(CONFIRMED_001, payInterest('3520.50'));
    given(...paid)
      .when(payInterest('3520.50'))
      .thenNothing();
    refusals([paid, payInterest('352.05'), 'DUPLICATE_FACT_ID', 'data.lateInterestPaymentId']);
  });
});

describe('WaiveLateInterest', () => {
  it('records a waiver of part of the interest, and of all of it', () => {
    given(...CONFIRMED_001)
      .when(waive('1760.25'))
      .then({
        type: 'LateInterestWaived',
        data: {
          occurredAt: '2023-06-20',
          waiverId: 'liw-1',
          installmentId: 'second',
          amount: '1760.25',
          reason: '乙方书面放弃',
        },
      });
    given(...CONFIRMED_001)
      .when(waive(undefined))
      .thenOne({ type: 'LateInterestWaived', data: { amount: null } });
  });

  it('refuses to waive more than the clause could ever charge (nonsense, not a fact)', () => {
    refusals([CONFIRMED_001, waive('35205.01'), 'LATE_INTEREST_ABOVE_CAP', 'data.amount']);
    const paid = play(CONFIRMED_001, payInterest('35000.00'));
    refusals([paid, waive('205.01'), 'LATE_INTEREST_ABOVE_CAP', 'data.amount']);
    given(...paid)
      .when(waive('205.00'))
      .thenOne({ type: 'LateInterestWaived', data: { amount: '205.00' } });
  });

  it('refuses a waiver after all was waived, and a contract without the clause', () => {
    given(...play(CONFIRMED_001, waive(undefined)))
      .when(waive('1.00', 'liw-2'))
      .thenRefuses('LATE_INTEREST_ALREADY_WAIVED', 'data.installmentId');
    refusals([SIGNED_000, waive(undefined, 'liw-1', 'first'), 'LATE_PAYMENT_NOT_PROVIDED']);
  });

  it('decides nothing on a resend', () => {
    given(...play(CONFIRMED_001, waive(undefined)))
      .when(waive(undefined))
      .thenNothing();
  });
});
