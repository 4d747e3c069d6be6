import { CONTRACT_001_TERMS } from '@app/domain';
import { paymentScheduleView } from './payment-schedule.view';
import {
  createProjectionTestDb,
  type ProjectionTestDb,
} from '../projections/testing/projection-test-db.helpers';
import { decideAll, signing } from '../projections/testing/reference-histories.fixtures';
import type { PaymentScheduleRow } from './row-types';

/**
 * 001 4.2: the 30 % (704,100.00) is paid "within 30 working days of confirmation" of the
 * supplier's application. Confirmed 2023-03-10 → due 2023-04-23 (a make-up working Sunday);
 * invoiced 2023-03-13; unpaid.
 */
describe('payment_schedules projection: confirmed payment application (real PostgreSQL)', () => {
  let t: ProjectionTestDb;
  let row: PaymentScheduleRow;

  beforeAll(async () => {
    t = await createProjectionTestDb('schedules_confirmation');
    await t.append(
      'c-001',
      decideAll(
        signing(CONTRACT_001_TERMS, 'c-001'),
        {
          type: 'ConfirmPaymentApplication',
          data: { occurredAt: '2023-03-10', installmentId: 'second' },
        },
        // 4.2: the supplier's invoice before payment (without it, 4.2 excuses the client's lateness)
        {
          type: 'RecordInvoice',
          data: {
            occurredAt: '2023-03-13',
            invoiceId: 'inv-second',
            installmentId: 'second',
            amount: '704100.00',
          },
        },
      ),
    );
    await t.catchUp(3);
    row = (await t.row<PaymentScheduleRow>('rm_payment_schedules', 'contract_id', 'c-001'))!;
  });

  afterAll(() => t.close());

  it('records the confirmation and the due date the decider computed on the installment', () => {
    const second = row.installments.find((i) => i.id === 'second')!;
    expect(second.confirmation).toEqual({
      confirmedOn: '2023-03-10',
      dueDate: '2023-04-23',
      calendarVersion: 'chinese-days@1.5.7',
      source: { eventId: expect.any(String), position: expect.any(String) },
    });
    expect(row.installments.find((i) => i.id === 'final')!.confirmation ?? null).toBeNull();
    expect(row.anomalies).toEqual([]);
  });

  it('the view computes the due date, days overdue and 5.2 late interest as of asOf', () => {
    const view = paymentScheduleView(row, '2023-06-30');
    const [second, final] = ['second', 'final'].map((id) =>
      view.installments.find((i) => i.installmentId === id)!,
    );
    expect(second).toMatchObject({ dueDate: '2023-04-23', awaiting: null, status: 'overdue' });
    // 2023-04-23 → 2023-06-30: 7 + 31 + 30 = 68 days overdue
    expect(second.daysOverdue).toBe(68);
    // 5.2: interest from the 30th overdue working day: 4/24–28 (5), 5/4–5 (7; 4/29–5/3 劳动节),
    // Sat 5/6 make-up (8), 5/8–6/2 (28), 6/5–6 (30) → from 2023-06-06; 6/6–6/30 = 25 days
    // × 704,100.00 × 0.05 % = 25 × 352.05 = 8,801.25 (below the 5 % cap, 35,205.00)
    expect(second.lateInterest?.amount).toBe('8801.25');
    expect(final).toMatchObject({ dueDate: null, awaiting: 'confirmation' });
  });
});
