import { chinaCalendar } from '../calendar';
import { SIGNED_001 } from '../decider/testing/fixtures';
import { given } from '../decider/testing/given-when-then';
import { CONTRACT_001_TERMS } from '../terms/examples/contract-001.terms';
import type { ContractFacts, InstallmentFacts } from './contract-facts';
import { confirmationOf, installmentDue } from './installment-due.as-of';
import { signedFacts } from './testing/facts.fixtures';

const calendar = chinaCalendar();
const contract001: ContractFacts = signedFacts(CONTRACT_001_TERMS);
const second = CONTRACT_001_TERMS.paymentSchedule.installments.find((i) => i.id === 'second')!;
const confirmedOn = (date: string): InstallmentFacts => ({
  id: 'second',
  amount: second.amount!,
  trigger: second.trigger,
  due: second.due!,
  scheduled: true,
  invoices: [],
  settlements: [],
  confirmedOn: date,
  cancelled: null,
});

/**
 * 001 4.2 "乙方履行本合同开展项目技术服务8个月后申请第2笔支付款…双方确认后30个工作日内…支付".
 * Eight months of service are complete on 2023-03-06, so the condition is met on 2023-03-07.
 * A confirmation dated 2023-02-01 is recorded (the client's own written act — a fact) and flagged
 * early; the 30 working days count from 2023-03-07: 3/8–10 (3), 3/13–31 (18), 4/3–4 (20; 4/5 清明
 * off), 4/6–7 (22), 4/10–14 (27), 4/17–19 (30) → due 2023-04-19.
 */
describe('an application confirmed before its condition (001 4.2)', () => {
  it('given a confirmation on 2023-02-01, then it is early and the window counts from 2023-03-07', () => {
    expect(confirmationOf(contract001, confirmedOn('2023-02-01'))).toEqual({
      confirmedOn: '2023-02-01',
      countsFrom: '2023-03-07',
      early: true,
    });
    expect(installmentDue(contract001, confirmedOn('2023-02-01'), calendar).dueDate).toBe(
      '2023-04-19',
    );
  });

  it('a confirmation after the eight months counts from itself (2023-03-10 → 2023-04-23)', () => {
    expect(confirmationOf(contract001, confirmedOn('2023-03-10'))?.early).toBe(false);
    expect(installmentDue(contract001, confirmedOn('2023-03-10'), calendar).dueDate).toBe(
      '2023-04-23',
    );
  });

  it('the decider records the early confirmation, with the due date the rule gives', () => {
    given(...SIGNED_001)
      .when({
        type: 'ConfirmPaymentApplication',
        data: { occurredAt: '2023-02-01', installmentId: 'second' },
      })
      .then({
        type: 'PaymentApplicationConfirmed',
        data: {
          occurredAt: '2023-02-01',
          installmentId: 'second',
          dueDate: '2023-04-19',
          calendarVersion: calendar.dataVersion,
        },
      });
  });
});
