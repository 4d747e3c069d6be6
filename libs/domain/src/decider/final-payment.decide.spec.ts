import type { ContractCommand } from '../commands';
import { foldContract } from './contract.decider';
import { cmd, SIGNED_000 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

/** 000 第五条 1: the first 565,000.00 paid on time. */
const PAID_FIRST_000 = play(
  SIGNED_000,
  cmd.invoice('first', '565000.00', '2022-05-10'),
  cmd.pay('first', '565000.00', '2022-05-20', 'pay-1'),
);

describe('AdjustFinalPayment', () => {
  const adjust = (installmentId: string, newAmount: string): ContractCommand => ({
    type: 'AdjustFinalPayment',
    data: {
      occurredAt: '2023-03-01',
      installmentId,
      newAmount,
      budgetYear: 2023,
      reason: '2023 年财政预算下达',
    },
  });

  it('000 第五条 3, 7: adjusts the final 322,841.00 to the 2023 budget; the total follows', () => {
    const events = given(...PAID_FIRST_000)
      .when(adjust('final', '300000.00'))
      .then({
        type: 'FinalPaymentAdjusted',
        data: {
          occurredAt: '2023-03-01',
          installmentId: 'final',
          previousAmount: '322841.00',
          newAmount: '300000.00',
          budgetYear: 2023,
          reason: '2023 年财政预算下达',
        },
      });
    const state = foldContract([...PAID_FIRST_000, ...events]);
    expect(state.status === 'active' && state.file.total).toBe('1107159.00');
  });

  it('refuses an installment the terms do not make adjustable', () => {
    given(...SIGNED_000)
      .when(adjust('interim', '200000.00'))
      .thenRefuses('FINAL_PAYMENT_NOT_ADJUSTABLE', 'data.installmentId');
  });

  it('decides nothing when the amount is already the budget amount', () => {
    given(...SIGNED_000)
      .when(adjust('final', '322841.00'))
      .thenNothing();
  });

  it('refuses an amount below what was already paid on it', () => {
    const paid = play(SIGNED_000, cmd.pay('final', '100000.00', '2022-12-01'));
    refusals([paid, adjust('final', '99999.99'), 'ADJUSTMENT_BELOW_PAID', 'data.newAmount']);
  });
});
