import { chinaCalendar } from '../calendar';
import { CONTRACT_001_TERMS } from '../terms/examples/contract-001.terms';
import type { ContractFacts, InstallmentFacts } from './contract-facts';
import { installmentDue } from './installment-due.as-of';
import { triggerMet, triggerMetOn } from './installment-trigger.as-of';
import { installmentAsOf, scheduleTotals } from './installment.as-of';
import { installmentFacts, signedFacts } from './testing/facts.fixtures';

const calendar = chinaCalendar();

/** 001, signed 2022-07-06, 12 months of service from the signing (2.3), 4.2's three installments. */
const given001 = (facts: Partial<ContractFacts> = {}): ContractFacts =>
  signedFacts(CONTRACT_001_TERMS, facts);
const installment = (id: string, facts: Partial<InstallmentFacts> = {}): InstallmentFacts =>
  installmentFacts(CONTRACT_001_TERMS, id, facts);

/** 001 4.2: the supplier's invoice for the start payment arrived 2022-07-12, before the due date. */
const invoicedStart = (receivedOn = '2022-07-12') =>
  installment('start', { invoices: [{ amount: '1408200.00', receivedOn }] });

describe('installmentDue: the due date from the rule and the facts recorded so far', () => {
  it('001 4.2 start payment: given the signing on 2022-07-06, due on the 10th working day after it, 2022-07-20', () => {
    expect(installmentDue(given001(), installment('start'), calendar)).toEqual({
      dueDate: '2022-07-20',
      awaiting: null,
      calendarVersion: calendar.dataVersion,
    });
  });

  it('001 4.2 second payment: awaits the confirmation; confirmed 2023-03-10 → 30 working days → 2023-04-23', () => {
    expect(installmentDue(given001(), installment('second'), calendar)).toMatchObject({
      dueDate: null,
      awaiting: 'confirmation',
    });
    const confirmed = installment('second', { confirmedOn: '2023-03-10' });
    expect(installmentDue(given001(), confirmed, calendar).dueDate).toBe('2023-04-23');
  });

  it('as of a date before the confirmation, the confirmation has not happened yet', () => {
    const confirmed = installment('second', { confirmedOn: '2023-03-10' });
    expect(installmentDue(given001(), confirmed, calendar, '2023-03-09').dueDate).toBeNull();
  });
});

describe('triggerMet: whether the condition of an installment was met by the end of a day', () => {
  it('001 4.2 "8个月后": met from the day after 8 months of service are complete', () => {
    const second = installment('second');
    const on = triggerMetOn(given001(), second)!;
    expect(triggerMet(given001(), second, on)).toBe(true);
    expect(triggerMet(given001(), second, '2022-12-31')).toBe(false);
  });

  it('001 4.2 final payment: not met before the final acceptance, met from its day', () => {
    const accepted = given001({
      milestones: { final: { kind: 'final', acceptedOn: '2023-07-20' } },
    });
    expect(triggerMet(given001(), installment('final'), '2023-08-01')).toBe(false);
    expect(triggerMet(accepted, installment('final'), '2023-07-19')).toBe(false);
    expect(triggerMet(accepted, installment('final'), '2023-07-20')).toBe(true);
  });

  it('an installment the signed schedule does not have cannot be told', () => {
    expect(
      triggerMet(given001(), installment('start', { trigger: null }), '2023-01-01'),
    ).toBeNull();
  });
});

describe('installmentAsOf: one installment at the end of a day', () => {
  it('001 start payment invoiced 2022-07-12, unpaid: as of 2022-10-31 overdue by 103 days, 62 days of 5.2 interest (43,654.20)', () => {
    const a = installmentAsOf(given001(), invoicedStart(), '2022-10-31', calendar);
    expect(a).toMatchObject({
      dueDate: '2022-07-20',
      status: 'overdue',
      outstanding: '1408200.00',
      daysOverdue: 103, // 2022-07-20 → 2022-10-31
      invoiceStatus: 'received',
    });
    // from the 30th overdue working day, 2022-08-31: 62 days × 1,408,200.00 × 0.05 % = 43,654.20
    expect(a.lateInterest?.amount).toBe('43654.20');
  });

  it('given a payment of 1,408,200.00 on 2022-07-19, then settled on that day, on time, no interest', () => {
    const paid = installment('start', {
      invoices: [{ amount: '1408200.00', receivedOn: '2022-07-12' }],
      settlements: [{ cash: '1408200.00', offsets: [], paidOn: '2022-07-19' }],
    });
    const a = installmentAsOf(given001(), paid, '2022-10-31', calendar);
    expect(a).toMatchObject({
      status: 'settled',
      settledOn: '2022-07-19',
      outstanding: '0.00',
      invoiceStatus: 'received',
      daysOverdue: 0,
    });
    expect(a.lateInterest?.amount).toBe('0.00');
  });

  it('001 4.2 "乙方逾期提供发票的…甲方不承担逾期付款违约责任": no invoice, no interest — and the view says why', () => {
    const a = installmentAsOf(given001(), installment('start'), '2022-10-31', calendar);
    expect(a).toMatchObject({
      status: 'overdue',
      invoiceStatus: 'none',
      outstanding: '1408200.00',
    });
    expect(a.lateInterest).toMatchObject({
      amount: '0.00',
      excused: { reason: 'noConformingInvoice', dueDate: '2022-07-20', invoicedOn: null },
    });
  });

  it('an invoice received after the due date moves the start of the lateness to its day', () => {
    // invoice 2022-09-01 (due 2022-07-20): the 30th working day after it is 2022-10-19 (中秋 09-12
    // and 国庆 10-01…07 off, 10-08/09 make-up days); 2022-10-19 … 10-31 = 13 days × 704.10 = 9,153.30
    const a = installmentAsOf(given001(), invoicedStart('2022-09-01'), '2022-10-31', calendar);
    expect(a.lateInterest).toMatchObject({
      amount: '9153.30',
      tranches: [{ startDate: '2022-10-19', days: 13 }],
      excused: { reason: 'lateInvoice', dueDate: '2022-07-20', invoicedOn: '2022-09-01' },
    });
  });

  it('a non-conforming invoice does not count ("提供发票不符合本合同要求")', () => {
    const returned = installment('start', {
      invoices: [
        {
          amount: '1408200.00',
          receivedOn: '2022-07-12',
          rejection: { on: '2022-07-14', reason: '发票抬头不符' },
        },
      ],
    });
    const a = installmentAsOf(given001(), returned, '2022-10-31', calendar);
    expect(a.lateInterest).toMatchObject({
      amount: '0.00',
      excused: { reason: 'noConformingInvoice' },
    });
  });

  it('a payment dated after the as-of date has not happened yet', () => {
    const later = installment('start', {
      settlements: [{ cash: '1408200.00', offsets: [], paidOn: '2022-12-01' }],
    });
    expect(installmentAsOf(given001(), later, '2022-10-31', calendar)).toMatchObject({
      status: 'overdue',
      paid: '0.00',
      outstanding: '1408200.00',
    });
  });

  it('the final payment before acceptance awaits its trigger; the due date is today → due', () => {
    expect(installmentAsOf(given001(), installment('final'), '2023-05-01', calendar).status).toBe(
      'awaitingTrigger',
    );
    expect(installmentAsOf(given001(), installment('start'), '2022-07-20', calendar).status).toBe(
      'due',
    );
  });

  it('penalties offset against a payment settle it with the cash (000 第十二条 8)', () => {
    const offset = installment('start', {
      settlements: [{ cash: '1400000.00', offsets: ['8200.00'], paidOn: '2022-07-19' }],
    });
    expect(installmentAsOf(given001(), offset, '2022-08-01', calendar)).toMatchObject({
      paid: '1400000.00',
      penaltiesOffset: '8200.00',
      settled: '1408200.00',
      status: 'settled',
    });
  });

  it('002 第十二条: an installment cancelled by a termination is owed nothing more', () => {
    const cancelled = installment('final', {
      cancelled: { on: '2022-04-15', amount: '234700.00' },
    });
    const a = installmentAsOf(given001(), cancelled, '2023-09-01', calendar);
    expect(a).toMatchObject({ status: 'cancelled', outstanding: '0.00', lateInterest: null });
    expect(scheduleTotals([a]).expected).toBe('0.00');
  });

  it('002 第十二条 2: with a refund due, expected = scheduled − refund due; outstanding nets refunds paid', () => {
    const paid = installment('start', {
      amount: '1431500.00',
      settlements: [{ cash: '1431500.00', offsets: [], paidOn: '2021-11-15' }],
    });
    const a = installmentAsOf(given001(), paid, '2022-05-10', calendar);
    expect(scheduleTotals([a], { refundDue: '322157.53', refundsPaid: '200000.00' })).toMatchObject(
      {
        scheduled: '1431500.00',
        expected: '1109342.47', // 1,431,500.00 − 322,157.53
        outstanding: '-122157.53', // 1,109,342.47 − (1,431,500.00 − 200,000.00): the refund still owed
      },
    );
  });
});

describe('scheduleTotals: the schedule as of a date is the sum of its installments', () => {
  it('001 as of 2022-10-31 with nothing paid: expected 2,347,000.00, overdue only the start payment', () => {
    const contract = given001();
    const all = [invoicedStart(), installment('second'), installment('final')].map((i) =>
      installmentAsOf(contract, i, '2022-10-31', calendar),
    );
    expect(scheduleTotals(all)).toEqual({
      scheduled: '2347000.00', // 1,408,200.00 + 704,100.00 + 234,700.00
      refundDue: '0.00',
      holdoverDue: '0.00', // no holdover yet
      holdoverPaid: '0.00',
      expected: '2347000.00', // scheduled − refund due + holdover due
      invoiced: '1408200.00',
      paid: '0.00',
      penaltiesOffset: '0.00',
      refundsPaid: '0.00',
      outstanding: '2347000.00',
      overdue: '1408200.00',
      lateInterest: '43654.20',
    });
  });

  it('001 2.3 after the holdover: + 2,347,000.00 × 25 ÷ 365 = 160,753.42 owed by the client, in expected and outstanding', () => {
    const contract = given001();
    const all = [invoicedStart(), installment('second'), installment('final')].map((i) =>
      installmentAsOf(contract, i, '2022-10-31', calendar),
    );
    const t = scheduleTotals(all, {
      refundDue: '0.00',
      refundsPaid: '0.00',
      holdoverDue: '160753.42',
    });
    expect(t).toMatchObject({
      scheduled: '2347000.00', // the installments alone
      holdoverDue: '160753.42',
      expected: '2507753.42', // 2,347,000.00 − 0.00 + 160,753.42
      outstanding: '2507753.42', // nothing received
      overdue: '1408200.00', // the fee has no due date in 2.3: not overdue
    });
  });
});
