import { CONTRACT_EVENT_TYPES } from '@app/domain';
import { statusAt } from '../../obligations/obligation-status';
import { bondsProjection } from '../bonds/bonds.projection';
import { contractsProjection } from '../contracts/contracts.projection';
import { paymentSchedulesProjection } from '../payment-schedules/payment-schedules.projection';
import { terminationRefundsProjection } from '../termination-refunds/termination-refunds.projection';
import { given } from '../testing/given-events.helpers';
import { history000, history001, history002 } from '../testing/reference-histories.fixtures';
import { obligationRowsOf } from './obligation-rows';
import {
  KEPT_EVENT_TYPES,
  obligationSourceHandlers,
  obligationsProjection,
} from './obligations.projection';

const rowsOf = (contractId: string, events: ReturnType<typeof history000>) => {
  const source = given([contractId, events]).then(obligationsProjection).row(contractId)!;
  return { source, rows: obligationRowsOf(source) };
};
const pick = (rows: ReturnType<typeof obligationRowsOf>, kind: string, subject: string | null) =>
  rows.find((r) => r.kind === kind && r.subject === subject)!;

describe('obligations projection: given the events, then the stored obligations', () => {
  it('000: the first installment (第五条, 565,000.00 due 2022-05-31) met on 05-27; the final one open until 2023-05-31', () => {
    const { source, rows } = rowsOf('c-000', history000());
    expect(source.horizon).toBe('2022-11-28'); // the interim payment, the last dated fact
    expect(pick(rows, 'installmentDue', 'first')).toMatchObject({
      party: 'client',
      due_date: '2022-05-31',
      settled_status: 'met',
      settled_on: '2022-05-27',
      amount: '565000.00',
      exact_from: '2022-11-28',
    });
    const final = pick(rows, 'installmentDue', 'final');
    // Nothing settles it in the history: open through its due day, missed from the day after.
    expect(final).toMatchObject({
      due_date: '2023-05-31',
      settled_status: null,
      missed_from: '2023-06-01',
    });
    expect(statusAt(final, '2023-05-31')).toEqual({ status: 'open', since: null });
    expect(statusAt(final, '2023-06-01')).toEqual({ status: 'missed', since: '2023-06-01' });
  });

  it('001: the bond (4.2: 117,350.00 within 10 working days of signing, by 2022-07-20) missed from 07-21; late interest has no stored amount', () => {
    const { rows } = rowsOf('c-001', history001());
    expect(pick(rows, 'bondDeposit', null)).toMatchObject({
      party: 'supplier',
      due_date: '2022-07-20',
      missed_from: '2022-07-21',
      amount: '117350.00',
    });
    const interest = pick(rows, 'lateInterest', 'start');
    // It grows with the day asked about: the list across contracts does not store it.
    expect(interest.amount).toBeNull();
    expect(statusAt(interest, interest.missed_from!)?.status).toBe('missed');
  });

  it('002: the breach notice bn-1 is the supplier’s to cure by 2022-03-31; the refund due from it on 05-15', () => {
    const { rows } = rowsOf('c-002', history002());
    expect(pick(rows, 'breachCure', 'bn-1')).toMatchObject({
      party: 'supplier',
      due_date: '2022-03-31',
      missed_from: '2022-04-01',
    });
    expect(pick(rows, 'terminationRefund', null)).toMatchObject({
      party: 'supplier',
      due_date: '2022-05-15',
      amount: '322157.53',
    });
    expect(rows.every((r) => r.created_by.length > 0 || r.kind === 'lateInterest')).toBe(true);
  });

  it('decides about every contract event type: an ignored one moves none of the views’ rows and is named by no obligation', () => {
    const folding = new Set(
      [
        contractsProjection,
        paymentSchedulesProjection,
        bondsProjection,
        terminationRefundsProjection,
      ].flatMap((p) => [...(p.eventTypes ?? [])]),
    );
    const ignored = CONTRACT_EVENT_TYPES.filter((t) => obligationSourceHandlers[t] === 'ignore');
    expect(ignored.length).toBeGreaterThan(0);
    for (const t of ignored) {
      expect(folding.has(t)).toBe(false);
      expect(KEPT_EVENT_TYPES.has(t)).toBe(false);
    }
    for (const t of folding) expect(obligationSourceHandlers[t as never]).not.toBe('ignore');
  });
});
