import { chinaCalendar } from '../calendar';
import { CONTRACT_001_TERMS } from '../terms/examples/contract-001.terms';
import type { ContractFacts, InstallmentFacts } from './contract-facts';
import { installmentAsOf } from './installment.as-of';
import { paymentDeadlineAsOf } from './payment-deadline.as-of';
import { installmentFacts, signedFacts } from './testing/facts.fixtures';

/**
 * 000 第五条 5 "财政国库支付受限，支付期限顺延，不承担违约责任" / 001 4.2 "因财政原因不能及时支付费用时…甲方不因此
 * 原因承担违约责任": the payment term is extended by the restricted days, so the installment's status and
 * its days overdue follow the deferred date, the same one its interest counts from.
 * 001's start payment 1,408,200.00 is due 2022-07-20 (4.2: 10 working days after signing 07-06).
 */
const calendar = chinaCalendar();
const facts = (restrictions: ContractFacts['restrictions']): ContractFacts =>
  signedFacts(CONTRACT_001_TERMS, { milestones: {}, restrictions });
const unpaidStart: InstallmentFacts = installmentFacts(CONTRACT_001_TERMS, 'start', {
  invoices: [{ amount: '1408200.00', receivedOn: '2022-07-12' }],
});
// Restricted 2022-08-01 … 08-10 (ended on 08-11): 10 days after the due date.
const tenDays = [{ from: '2022-08-01', until: '2022-08-11' }];

describe('paymentDeadlineAsOf: one rule for late (decider) and overdue (views)', () => {
  it('no restriction: the due date itself; 2022-07-20 → 2022-10-31 is 103 days late', () => {
    expect(paymentDeadlineAsOf('2022-07-20', [], '2022-10-31')).toEqual({
      dueDate: '2022-07-20',
      deadline: '2022-07-20',
      restrictedDays: 0,
      passed: true,
      daysLate: 103,
    });
  });

  it('10 restricted days after the due date: deadline 2022-07-30, 103 − 10 = 93 days late', () => {
    expect(paymentDeadlineAsOf('2022-07-20', tenDays, '2022-10-31')).toMatchObject({
      deadline: '2022-07-30',
      restrictedDays: 10,
      daysLate: 93,
    });
  });

  it('as of 2022-08-05 the restriction (ended 08-11) was still running: 5 days so far', () => {
    // Restricted 08-01 … 08-05 = 5 days; 07-20 + 5 = 07-25, 11 days late on 08-05.
    expect(paymentDeadlineAsOf('2022-07-20', tenDays, '2022-08-05')).toMatchObject({
      deadline: '2022-07-25',
      restrictedDays: 5,
      daysLate: 11,
    });
  });

  it('a restriction running since before the due date: never late while it runs', () => {
    const running = [{ from: '2022-07-15', until: null }];
    expect(paymentDeadlineAsOf('2022-07-20', running, '2022-09-01')).toMatchObject({
      deadline: '2022-09-01',
      passed: false,
      daysLate: 0,
    });
  });
});

describe('installmentAsOf: status and daysOverdue follow the deferred date, like the interest', () => {
  it('001 start unpaid, restricted 08-01 … 08-10: as of 2022-10-31 overdue 93 days (not 103), due date kept', () => {
    const a = installmentAsOf(facts(tenDays), unpaidStart, '2022-10-31', calendar);
    expect(a).toMatchObject({
      dueDate: '2022-07-20',
      deferredDueDate: '2022-07-30',
      status: 'overdue',
      daysOverdue: 93,
    });
    expect(a.lateInterest?.deferred).toEqual({ dueDate: '2022-07-30', days: 10 });
  });

  it('without restriction: 103 days and no deferred date', () => {
    const a = installmentAsOf(facts([]), unpaidStart, '2022-10-31', calendar);
    expect(a).toMatchObject({ deferredDueDate: null, status: 'overdue', daysOverdue: 103 });
  });

  it('restricted since 2022-07-15 and still running on 2022-08-05: not overdue, 0 days ("支付期限顺延")', () => {
    const running = [{ from: '2022-07-15', until: null }];
    const a = installmentAsOf(facts(running), unpaidStart, '2022-08-05', calendar);
    // deferred by 07-21 … 08-05 = 16 days to 08-05: the deferred due date is that very day.
    expect(a).toMatchObject({ deferredDueDate: '2022-08-05', status: 'due', daysOverdue: 0 });
    expect(a.lateInterest).toBeNull();
  });
});
