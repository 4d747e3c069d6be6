import { EVENT_EXAMPLES } from '../events/contract-event.examples';
import { chinaCalendar } from '../calendar';
import type { ContractCommand } from '../commands';
import { cmd, SIGNED_001, SIGNED_003 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

const CALENDAR = chinaCalendar().dataVersion;

/** 001 4.2: 5 % bond = 117,350.00 within 10 working days of signing (2022-07-06 → 2022-07-20). */
const DEPOSITED = play(SIGNED_001, cmd.deposit('117350.00', '2022-07-18'));
/** 001 6.3: the first quarter (2022-07-07 … 2022-10-06) fails its review. */
const FAILED_Q1 = play(
  DEPOSITED,
  cmd.report('quarterly-report', 1, '2022-10-08'),
  cmd.conclude('quarterly-report', 1, 'failed', '2022-10-12'),
);

const deduct = (
  data: Partial<Extract<ContractCommand, { type: 'DeductBond' }>['data']> = {},
): ContractCommand => ({
  type: 'DeductBond',
  data: {
    occurredAt: '2022-10-20',
    deductionId: 'ded-1',
    ruleId: 'failed-assessment',
    reason: '季度考核未通过 (6.2)',
    review: { scheduleId: 'quarterly-report', periodIndex: 1 },
    ...data,
  },
});

describe('DepositBond', () => {
  it('records a deposit within the 10 working days of 4.2, unflagged', () => {
    given(...SIGNED_001)
      .when(cmd.deposit('117350.00', '2022-07-20'))
      .then({
        type: 'BondDeposited',
        data: {
          occurredAt: '2022-07-20',
          amount: '117350.00',
          required: '117350.00',
          dueBy: '2022-07-20',
          calendarVersion: CALENDAR,
          instrument: null,
          flags: [],
        },
      });
  });

  const depositAs = (instrument: unknown): ContractCommand =>
    ({
      type: 'DepositBond',
      data: { occurredAt: '2022-07-15', amount: '117350.00', instrument },
    }) as ContractCommand;

  it('records how the bond was lodged (实施条例 第48条: a bank guarantee is a non-cash form)', () => {
    given(...SIGNED_001)
      .when(depositAs('bankGuarantee'))
      .thenOne({ type: 'BondDeposited', data: { instrument: 'bankGuarantee', flags: [] } });
  });

  it('records a cash bond, flagged: 实施条例 第48条 asks for a non-cash form', () => {
    given(...SIGNED_001)
      .when(depositAs('cash'))
      .thenOne({ type: 'BondDeposited', data: { instrument: 'cash', flags: ['cashInstrument'] } });
  });

  it('refuses an instrument it does not know', () => {
    refusals([SIGNED_001, depositAs('gold'), 'INVALID_VALUE', 'data.instrument']);
  });

  it('records a late deposit, flagged "late"', () => {
    given(...SIGNED_001)
      .when(cmd.deposit('117350.00', '2022-07-21'))
      .thenOne({ type: 'BondDeposited', data: { flags: ['late'] } });
  });

  it('records a short deposit, flagged "amountMismatch"', () => {
    given(...SIGNED_001)
      .when(cmd.deposit('100000.00', '2022-07-15'))
      .thenOne({ type: 'BondDeposited', data: { flags: ['amountMismatch'] } });
  });

  it('refuses a deposit before the contract is signed', () => {
    refusals([[], cmd.deposit('117350.00', '2022-07-15'), 'CONTRACT_NOT_SIGNED']);
  });

  it('refuses a deposit for a contract without a bond (003)', () => {
    refusals([SIGNED_003, cmd.deposit('1000.00', '2022-12-22'), 'BOND_NOT_REQUIRED']);
  });

  it('refuses a zero deposit', () => {
    refusals([SIGNED_001, cmd.deposit('0.00', '2022-07-15'), 'AMOUNT_NOT_POSITIVE', 'data.amount']);
  });

  it('decides nothing on a resend, and refuses a second, different deposit', () => {
    given(...DEPOSITED)
      .when(cmd.deposit('117350.00', '2022-07-18'))
      .thenNothing();
    refusals([DEPOSITED, cmd.deposit('117350.00', '2022-07-19'), 'BOND_ALREADY_DEPOSITED']);
  });
});

describe('DeductBond', () => {
  it('001 6.2: a failed assessment costs 5 % of the bond — 5,867.50 of 117,350.00', () => {
    given(...FAILED_Q1)
      .when(deduct())
      .then({
        type: 'BondDeducted',
        data: {
          occurredAt: '2022-10-20',
          deductionId: 'ded-1',
          ruleId: 'failed-assessment',
          amount: '5867.50',
          reason: '季度考核未通过 (6.2)',
          review: { scheduleId: 'quarterly-report', periodIndex: 1 },
          balanceAfter: '111482.50',
        },
      });
  });

  it('accepts the stated amount when it matches the rule, refuses it otherwise', () => {
    given(...FAILED_Q1)
      .when(deduct({ amount: '5867.50' }))
      .thenOne({ type: 'BondDeducted' });
    given(...FAILED_Q1)
      .when(deduct({ amount: '5000.00' }))
      .thenRefuses('DEDUCTION_AMOUNT_MISMATCH', 'data.amount');
  });

  it('refuses a failed-assessment deduction when the named review did not fail', () => {
    const passed = play(
      DEPOSITED,
      cmd.report('quarterly-report', 1, '2022-10-08'),
      cmd.conclude('quarterly-report', 1, 'passed', '2022-10-12'),
    );
    refusals([passed, deduct(), 'NO_FAILED_REVIEW', 'data.review']);
  });

  it('refuses an unknown rule and a deduction before the deposit', () => {
    refusals(
      [FAILED_Q1, deduct({ ruleId: 'nope' }), 'UNKNOWN_BOND_DEDUCTION_RULE', 'data.ruleId'],
      [SIGNED_001, deduct(), 'BOND_NOT_DEPOSITED'],
    );
  });

  it('refuses an ad-hoc deduction above the balance', () => {
    given(...DEPOSITED)
      .when(
        deduct({ ruleId: undefined, review: undefined, amount: '117350.01', reason: '损失追偿' }),
      )
      .thenRefuses('BOND_BALANCE_EXCEEDED', 'data.amount');
  });

  it('decides nothing when the same deduction is sent again', () => {
    given(...play(FAILED_Q1, deduct()))
      .when(deduct())
      .thenNothing();
  });
});

describe('RefundBond', () => {
  const DEDUCTED = play(FAILED_Q1, deduct());

  it('refunds the balance (117,350.00 − 5,867.50) — before final acceptance, flagged', () => {
    given(...DEDUCTED)
      .when({ type: 'RefundBond', data: { occurredAt: '2022-11-01' } })
      .then({
        type: 'BondRefunded',
        data: { occurredAt: '2022-11-01', amount: '111482.50', flags: ['beforeRefundTrigger'] },
      });
  });

  it('refunds after final acceptance without a flag (4.2)', () => {
    const accepted = play(
      DEDUCTED,
      cmd.endService('2023-07-06'),
      cmd.accept('final', '2023-07-20'),
    );
    given(...accepted)
      .when({ type: 'RefundBond', data: { occurredAt: '2023-07-25' } })
      // exactly the published example (events/*-event.examples.ts)
      .then(EVENT_EXAMPLES.BondRefunded);
  });

  it('refuses a refund above the balance and a second refund', () => {
    given(...DEDUCTED)
      .when({ type: 'RefundBond', data: { occurredAt: '2022-11-01', amount: '117350.00' } })
      .thenRefuses('BOND_BALANCE_EXCEEDED');
    const refunded = play(DEDUCTED, { type: 'RefundBond', data: { occurredAt: '2022-11-01' } });
    given(...refunded)
      .when({ type: 'RefundBond', data: { occurredAt: '2022-11-01' } })
      .thenNothing();
    given(...refunded)
      .when({ type: 'RefundBond', data: { occurredAt: '2022-11-02' } })
      .thenRefuses('BOND_ALREADY_REFUNDED');
  });
});
