import { CONTRACT_001_TERMS } from '@app/domain';
import { given } from '../testing/given-events.helpers';
import {
  decideAll,
  lateInterestCommands as li,
  signing,
} from '../testing/reference-histories.fixtures';
import { ledgerLinesProjection } from './ledger-lines.projection';
import type { LedgerLineRow } from './ledger-line.row';

/**
 * Given 001 and late-payment interest the client paid (001 5.2: 0.05 % a day of 704,100.00 =
 * 352.05 a day, 10 days = 3,520.50), then the ledger has one line on the late_interest account;
 * a waiver and a treasury restriction move no money and write no line.
 */
describe('ledger_lines: late-payment interest (pure)', () => {
  const history = decideAll(
    signing(CONTRACT_001_TERMS, 'c-001'),
    {
      type: 'ConfirmPaymentApplication',
      data: { occurredAt: '2023-03-10', installmentId: 'second' },
    },
    li.payInterest('second', '3520.50', '2023-06-20'),
    li.waiveInterest('second', '2023-06-21', '放弃'),
    li.startRestriction('2023-07-01', '国库结账'),
  );

  it('one line for the interest paid, none for the waiver or the restriction', () => {
    const rows = given(['c-001', history]).then(ledgerLinesProjection).rows() as LedgerLineRow[];
    const interest = rows.filter((r) => r.account === 'late_interest');
    expect(interest.map((r) => [r.kind, r.amount, r.installment_id, r.event_type])).toEqual([
      ['late_interest_payment', '3520.50', 'second', 'LateInterestPaid'],
    ]);
    const types = new Set(rows.map((r) => r.event_type));
    expect(types.has('LateInterestWaived') || types.has('PaymentRestrictionStarted')).toBe(false);
  });
});
