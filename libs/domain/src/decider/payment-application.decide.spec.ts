import { EVENT_EXAMPLES } from '../events/contract-event.examples';
import type { ContractCommand } from '../commands';
import { cmd, SIGNED_000, SIGNED_001 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

const confirm = (installmentId: string, occurredAt: string): ContractCommand => ({
  type: 'ConfirmPaymentApplication',
  data: { occurredAt, installmentId },
});

/** 001 4.2: 8 months of service complete on 2023-03-06; the supplier applied, the client confirms. */
const CONFIRMED_001 = play(SIGNED_001, confirm('second', '2023-03-10'));

describe('ConfirmPaymentApplication', () => {
  it('001 4.2: confirmation 2023-03-10 + 30 working days → the 30 % (704,100.00) is due 2023-04-23', () => {
    // 3/13–17 (5), 3/20–24 (10), 3/27–31 (15), 4/3–4 (17; 4/5 清明 off), 4/6–7 (19), 4/10–14 (24),
    // 4/17–21 (29), then Sunday 4/23, a make-up working day for Labour Day (30)
    given(...SIGNED_001)
      .when(confirm('second', '2023-03-10'))
      // exactly the published example (events/*-event.examples.ts)
      .then(EVENT_EXAMPLES.PaymentApplicationConfirmed);
  });

  it('001 4.2: the 10 % (234,700.00) counts 30 working days from its own confirmation', () => {
    given(...SIGNED_001)
      .when(confirm('final', '2023-07-26'))
      .thenOne({
        type: 'PaymentApplicationConfirmed',
        data: { installmentId: 'final', dueDate: '2023-09-06' },
      });
  });

  it('001 4.2 / 5.2: a payment after the confirmed due date is flagged late', () => {
    const invoiced = play(CONFIRMED_001, cmd.invoice('second', '704100.00', '2023-03-13'));
    given(...invoiced)
      .when(cmd.pay('second', '704100.00', '2023-04-24'))
      .thenOne({ type: 'PaymentRecorded', data: { dueDate: '2023-04-23', flags: ['late'] } });
    given(...invoiced)
      .when(cmd.pay('second', '704100.00', '2023-04-23'))
      .thenOne({ type: 'PaymentRecorded', data: { dueDate: '2023-04-23', flags: [] } });
  });

  it('without a confirmation the payment has no due date and cannot be late', () => {
    given(...play(SIGNED_001, cmd.invoice('second', '704100.00', '2023-03-13')))
      .when(cmd.pay('second', '704100.00', '2023-06-30'))
      .thenOne({ type: 'PaymentRecorded', data: { dueDate: null, flags: [] } });
  });

  it('decides nothing when the same confirmation is sent again', () => {
    given(...CONFIRMED_001)
      .when(confirm('second', '2023-03-10'))
      .thenNothing();
  });

  it('refuses a second confirmation on another date', () => {
    given(...CONFIRMED_001)
      .when(confirm('second', '2023-03-17'))
      .thenRefuses('APPLICATION_ALREADY_CONFIRMED', 'data.occurredAt');
  });

  it('refuses an installment whose due rule does not wait for a confirmation', () => {
    // 001 4.2: the 60 % is due 10 working days after signing; 000 第五条: fixed dates
    given(...SIGNED_001)
      .when(confirm('start', '2022-07-08'))
      .thenRefuses('INSTALLMENT_NOT_AWAITING_CONFIRMATION', 'data.installmentId');
    given(...SIGNED_000)
      .when(confirm('final', '2023-03-10'))
      .thenRefuses('INSTALLMENT_NOT_AWAITING_CONFIRMATION', 'data.installmentId');
  });

  it('refuses an unknown installment, a date before signing and an unsigned contract', () => {
    refusals(
      [SIGNED_001, confirm('fourth', '2023-03-10'), 'UNKNOWN_INSTALLMENT', 'data.installmentId'],
      [SIGNED_001, confirm('second', '2022-07-05'), 'DATE_BEFORE_SIGNING', 'data.occurredAt'],
      [[], confirm('second', '2023-03-10'), 'CONTRACT_NOT_SIGNED'],
    );
  });
});
