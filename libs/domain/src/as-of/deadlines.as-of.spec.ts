import { chinaCalendar } from '../calendar';
import { CONTRACT_001_TERMS } from '../terms/examples/contract-001.terms';
import { CONTRACT_004_TERMS } from '../terms/examples/contract-004.terms';
import { bondAsOf, type BondFacts } from './bond.as-of';
import { acceptanceDeadlines } from './deadline.as-of';
import { openDeadlines, nextOpenDeadline, type DeadlineFacts } from './deadlines.as-of';
import { feePosition, outstandingFees } from './fee-position.as-of';
import { terminationRefundAsOf } from './termination-refund.as-of';
import { statusAsOf } from './contract-status.as-of';
import { feeBalance, periodBalances, periodBounds } from './period.as-of';

const calendar = chinaCalendar();

/** 001 4.2: bond 117,350.00 within 10 working days of signing on 2022-07-06. */
const bond001: BondFacts = {
  signedOn: '2022-07-06',
  depositWithin: CONTRACT_001_TERMS.bond!.depositWithin,
  refundTerms: { trigger: 'finalAcceptanceAndAssessment', within: { days: 10, unit: 'working' } },
  finalAcceptedOn: null,
  serviceEndedOn: null,
  terminatedOn: null,
  deposit: null,
  deductions: [],
  refund: null,
};

describe('bondAsOf: the performance bond at the end of a day', () => {
  it('001 4.2: not deposited by 2022-07-20 (10th working day after signing) → overdue from 2022-07-21', () => {
    expect(bondAsOf(bond001, '2022-07-20', calendar)).toMatchObject({
      depositDeadline: '2022-07-20',
      depositOverdue: false,
    });
    expect(bondAsOf(bond001, '2022-07-21', calendar).depositOverdue).toBe(true);
  });

  it('001 6.2: after a 5 % deduction (5,867.50) the refundable balance is 111,482.50; the refund runs from final acceptance', () => {
    const a = bondAsOf(
      {
        ...bond001,
        deposit: { amount: '117350.00', depositedOn: '2022-07-21', dueBy: '2022-07-20' },
        deductions: [{ amount: '5867.50', deductedOn: '2022-10-20' }],
        finalAcceptedOn: '2023-07-20',
      },
      '2023-09-01',
      calendar,
    );
    expect(a.balance).toMatchObject({ refundable: '111482.50', deducted: '5867.50' });
    expect(a).toMatchObject({ refundTriggeredOn: '2023-07-20', refundOverdue: true });
  });
});

describe("terminationRefundAsOf: the supplier's refund after a termination", () => {
  it('002 第十二条 2: 322,157.53 due by 2022-05-15; unpaid on 2022-05-16 → overdue', () => {
    const due = { refundDue: '322157.53', refunded: '0.00', dueBy: '2022-05-15' };
    expect(terminationRefundAsOf(due, '2022-05-15')).toEqual({
      outstanding: '322157.53',
      overdue: false,
    });
    expect(terminationRefundAsOf(due, '2022-05-16').overdue).toBe(true);
    expect(terminationRefundAsOf({ ...due, refunded: '322157.53' }, '2022-06-01')).toEqual({
      outstanding: '0.00',
      overdue: false,
    });
  });
});

describe('feePosition: expected, received and outstanding fees of one contract', () => {
  it('002 第十二条 2: 2,045,000.00 − 613,500.00 cancelled − 322,157.53 refund due = 1,109,342.47 expected', () => {
    const p = feePosition({
      scheduled: '1431500.00', // the 70 % still owed; the 30 % was cancelled
      received: '1431500.00',
      refundDue: '322157.53',
      refundsPaid: '322157.53',
    });
    expect(p).toEqual({
      expected: '1109342.47',
      netReceived: '1109342.47',
      outstanding: '0.00',
      refundOutstanding: '0.00',
    });
    expect(outstandingFees(p.expected, '1431500.00', '0.00')).toBe('-322157.53');
  });
});

describe('openDeadlines: what is still open at the end of a day, earliest first', () => {
  const ref = (n: number) => `e-${n}`;
  const facts: DeadlineFacts<string> = {
    status: 'active',
    installments: [
      { id: 'start', dueDate: '2022-07-20', outstanding: '1408200.00', refs: [ref(1)] },
      { id: 'second', dueDate: null, outstanding: '704100.00', refs: [ref(1)] },
      { id: 'paid', dueDate: '2022-07-10', outstanding: '0.00', refs: [ref(1)] },
    ],
    bond: {
      required: '117350.00',
      depositDeadline: '2022-07-20',
      deposited: false,
      refundDueDate: null,
      refunded: false,
      refundable: '0.00',
      requiredRefs: [ref(1)],
      refundableRefs: [],
    },
    terminationRefund: null,
    notice: null,
    breachNotices: [{ noticeId: 'bn-1', cureBy: '2022-08-05', ref: ref(2) }],
    serviceEnd: { date: '2023-07-06', ended: false, ref: ref(1) },
  };

  it('001 as of 2022-07-25: the start payment and the bond deposit are overdue, the cure and the service end ahead', () => {
    const d = openDeadlines(facts, '2022-07-25');
    expect(d.map((x) => [x.kind, x.date, x.overdue])).toEqual([
      ['installment', '2022-07-20', true],
      ['bondDeposit', '2022-07-20', true],
      ['breachCure', '2022-08-05', false],
      ['serviceEnd', '2023-07-06', false],
    ]);
    expect(nextOpenDeadline(d)?.kind).toBe('breachCure');
  });

  it('a terminated contract owes no installment, deposit, cure or service end any more', () => {
    expect(openDeadlines({ ...facts, status: 'terminated' }, '2022-07-25')).toEqual([]);
  });
});

describe('acceptanceDeadlines: the windows that run from the end of service', () => {
  it('004 第七条: service ends 2023-05-31 → the client starts within 30 working days, deemed accepted after 40', () => {
    const d = acceptanceDeadlines(CONTRACT_004_TERMS.acceptance, '2023-05-31', calendar);
    // June 2023: 1–2, 5–9, 12–16, 19–21 (15), 端午 22–24 off, Sun 25 make-up (16), 26–30 (21);
    // July 3–7 (26), 10–13 (30) → 2023-07-13; 14, 17–21, 24–27 (40) → 2023-07-27
    expect(d.startDeadline).toBe('2023-07-13');
    expect(d.deemedAcceptedOn).toBe('2023-07-27');
    expect(d.applicationDeadline).toBeNull();
  });
});

describe('bondAsOf: no movement dated after the as-of date shows', () => {
  it('001: deposited 2022-07-21, 5,867.50 deducted 2022-10-20 — as of 2022-10-19 the client holds 117,350.00', () => {
    const b: BondFacts = {
      ...bond001,
      deposit: { amount: '117350.00', depositedOn: '2022-07-21', dueBy: '2022-07-20' },
      deductions: [{ amount: '5867.50', deductedOn: '2022-10-20' }],
      refund: { amount: '111482.50', refundedOn: '2023-09-01' },
    };
    expect(bondAsOf(b, '2022-07-20', calendar)).toMatchObject({ deposited: false, held: '0.00' });
    expect(bondAsOf(b, '2022-10-19', calendar)).toMatchObject({
      deposited: true,
      held: '117350.00',
    });
    expect(bondAsOf(b, '2022-10-20', calendar)).toMatchObject({
      held: '111482.50',
      refunded: false,
    });
    expect(bondAsOf(b, '2023-09-01', calendar)).toMatchObject({
      held: '0.00',
      refunded: true,
      refundedAmount: '111482.50',
    });
  });
});

describe('statusAsOf: the contract as it stood at the end of a day', () => {
  // 002: signed 2021-07-06, breach notice 2022-03-01, terminated 2022-04-15 (第十二条), closed later.
  const terminated002 = {
    status: 'terminated',
    signedOn: '2021-07-06',
    notice: null,
    forceMajeure: null,
    serviceEndedOn: null,
    holdover: null,
    terminatedOn: '2022-04-15',
    closedOn: null,
  };

  it('002 as of 2022-03-15 is active: the termination of 2022-04-15 has not happened yet', () => {
    expect(statusAsOf(terminated002, '2022-03-15')).toBe('active');
    expect(statusAsOf(terminated002, '2022-04-15')).toBe('terminated');
    expect(statusAsOf(terminated002, '2021-07-05')).toBe('draft');
  });

  it('001 2.3: expired from its recorded end, in holdover from the holdover start until it ends', () => {
    const holdover001 = {
      ...terminated002,
      status: 'closed',
      signedOn: '2022-07-06',
      terminatedOn: null,
      serviceEndedOn: '2023-07-06',
      holdover: { startedOn: '2023-07-07', endedOn: '2023-08-31' },
      closedOn: '2023-10-01',
    };
    expect(statusAsOf(holdover001, '2023-07-06')).toBe('expired');
    expect(statusAsOf(holdover001, '2023-08-01')).toBe('inHoldover');
    expect(statusAsOf(holdover001, '2023-09-01')).toBe('expired');
    expect(statusAsOf(holdover001, '2023-10-01')).toBe('closed');
  });
});

describe('periodBalances: opening + movements = closing', () => {
  it('002 in 2022: opened with 2,045,000.00 expected and 1,431,500.00 received; the termination and refund move both', () => {
    // opening (end of 2021): the schedule 2,045,000.00 (at signing), 1,431,500.00 paid 2021-11-15
    const opening = feeBalance({ expected: '2045000.00', received: '1431500.00' });
    // 2022: 613,500.00 cancelled and 322,157.53 refund due lower expected; 322,157.53 refunded
    const movements = feeBalance({ expected: '-935657.53', refundsPaid: '322157.53' });
    const closing = feeBalance({
      expected: '1109342.47',
      received: '1431500.00',
      refundsPaid: '322157.53',
    });
    expect(opening.outstanding).toBe('613500.00');
    expect(movements.outstanding).toBe('-613500.00');
    expect(closing.outstanding).toBe('0.00');
    expect(periodBalances(opening, movements, closing).addsUp).toBe(true);
    expect(periodBalances(opening, feeBalance({}), closing).addsUp).toBe(false);
  });

  it('the opening balance is read at the end of the day before the period starts', () => {
    expect(periodBounds('2023-01-01', '2023-12-31')).toEqual({
      openingAsOf: '2022-12-31',
      closingAsOf: '2023-12-31',
    });
    expect(periodBounds(undefined, undefined)).toEqual({ openingAsOf: null, closingAsOf: null });
  });
});
