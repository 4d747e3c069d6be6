import type { ContractEvent } from '@app/domain';
import { given } from '../testing/given-events.helpers';
import { history001, history002 } from '../testing/reference-histories.fixtures';
import { paymentSchedulesProjection } from './payment-schedules.projection';

/** HoldoverEnded as the decider fixes it: days, the clause's fee formula and who pays (terms). */
const holdoverEnded = (
  occurredAt: string,
  days: number,
  fee: string,
  paidBy: 'client' | 'successor',
  formula: string,
): ContractEvent[] => [
  { type: 'HoldoverStarted', data: { occurredAt: '2023-07-07' } },
  { type: 'HoldoverEnded', data: { occurredAt, days, fee, capped: false, paidBy, formula } },
];

describe('payment_schedules projection: the holdover fee and who pays it', () => {
  it('001 2.3: given 2023-07-07 … 2023-07-31 (25 days) of holdover, then 2,347,000.00 × 25 ÷ 365 = 160,753.42, paid by the client', () => {
    const row = given([
      'c-001',
      [
        ...history001(),
        ...holdoverEnded('2023-07-31', 25, '160753.42', 'client', '2347000.00 × 25 ÷ 365'),
      ],
    ])
      .then(paymentSchedulesProjection)
      .row('c-001')!;
    expect(row.holdover).toMatchObject({
      endedOn: '2023-07-31',
      days: 25,
      fee: '160753.42',
      paidBy: 'client',
    });
    expect(row.holdover!.source.position).toBe(row.last_position);
    // The installments' expected is the schedule's alone: the fee is its own fact, not a 4th installment.
    expect(row.installments.every((i) => i.id !== 'holdover')).toBe(true);
  });

  it('002 第十三条 "费用…由新服务商提供": paid by the successor contract', () => {
    // 2022-09-30 … 2022-10-31 = 32 days ÷ 365 × 2,045,000.00 = 179,287.67
    const row = given([
      'c-002',
      [
        ...history002(),
        ...holdoverEnded('2022-10-31', 32, '179287.67', 'successor', '2045000.00 × 32 ÷ 365'),
      ],
    ])
      .then(paymentSchedulesProjection)
      .row('c-002')!;
    expect(row.holdover).toMatchObject({ fee: '179287.67', paidBy: 'successor' });
  });

  it('before any HoldoverEnded: no holdover', () => {
    const row = given(['c-001', history001()]).then(paymentSchedulesProjection).row('c-001')!;
    expect(row.holdover).toBeNull();
  });
});
