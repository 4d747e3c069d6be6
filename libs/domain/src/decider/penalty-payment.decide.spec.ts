import type { ContractCommand } from '../commands';
import { foldContract } from './contract.decider';
import { cmd, SIGNED_000, SIGNED_003 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';
import { PENALISED_000 } from './testing/histories';

const payPenalty = (
  amount: string,
  occurredAt = '2022-06-10',
  penaltyPaymentId = 'pp-1',
  penaltyId = 'pen-1',
): ContractCommand => ({
  type: 'RecordPenaltyPayment',
  data: { occurredAt, penaltyPaymentId, penaltyId, amount },
});

/** PENALISED_000: 000 第十二条 3, 2 inspected violations × 1,000.00 = 2,000.00 assessed 2022-06-01. */
describe('RecordPenaltyPayment', () => {
  it('000 第十二条 3: the supplier pays the 2,000.00 penalty in cash; nothing is left outstanding', () => {
    const events = given(...PENALISED_000)
      .when(payPenalty('2000.00'))
      .then({
        type: 'PenaltyPaid',
        data: {
          occurredAt: '2022-06-10',
          penaltyPaymentId: 'pp-1',
          penaltyId: 'pen-1',
          amount: '2000.00',
          flags: [],
        },
      });
    // nothing left to waive once paid
    given(...PENALISED_000, ...events)
      .when({
        type: 'WaivePenalty',
        data: { occurredAt: '2022-06-11', penaltyId: 'pen-1', reason: '免除' },
      })
      .thenRefuses('PENALTY_NOT_OUTSTANDING', 'data.penaltyId');
  });

  it('part payments add up; paying more than is outstanding is recorded and flagged overpayment', () => {
    const part = play(PENALISED_000, payPenalty('1500.00'));
    given(...part)
      .when(payPenalty('500.00', '2022-06-20', 'pp-2'))
      .thenOne({ type: 'PenaltyPaid', data: { amount: '500.00', flags: [] } });
    given(...part)
      .when(payPenalty('800.00', '2022-06-20', 'pp-2'))
      .thenOne({ type: 'PenaltyPaid', data: { amount: '800.00', flags: ['overpayment'] } });
  });

  it('003 第六条 2(1): an unpaid penalty blocks CloseContract until the supplier pays it', () => {
    const penalised = play(
      SIGNED_003,
      cmd.pay('first', '1668000.00', '2023-01-05'),
      {
        type: 'AssessPenalty',
        data: { occurredAt: '2023-03-01', penaltyId: 'pen-1', ruleId: 'service-failure', days: 1 },
      },
      cmd.endService('2023-12-20'),
      cmd.pay('final', '1112000.00', '2024-01-03'),
    );
    const close: ContractCommand = { type: 'CloseContract', data: { occurredAt: '2024-01-31' } };
    const error = given(...penalised)
      .when(close)
      .thenRefuses('CONTRACT_HAS_OPEN_ITEMS');
    expect(error.details?.open).toEqual(['penalty pen-1 outstanding']);
    // 1 % of 2,780,000.00 × 1 day = 27,800.00, paid in two parts
    const paid = play(
      penalised,
      payPenalty('20000.00', '2024-01-10'),
      payPenalty('7800.00', '2024-01-20', 'pp-2'),
    );
    given(...paid)
      .when(close)
      .thenOne({ type: 'ContractClosed', data: { from: 'expired' } });
    expect(foldContract(paid).status).toBe('expired');
  });

  it('decides nothing on a resend; refuses the id reused for a different payment', () => {
    const paid = play(PENALISED_000, payPenalty('1000.00'));
    given(...paid)
      .when(payPenalty('1000.00'))
      .thenNothing();
    refusals(
      [paid, payPenalty('999.00'), 'DUPLICATE_FACT_ID', 'data.penaltyPaymentId'],
      [paid, payPenalty('1000.00', '2022-06-11'), 'DUPLICATE_FACT_ID', 'data.penaltyPaymentId'],
    );
  });

  it('refuses an unknown, waived or reversed penalty', () => {
    given(...PENALISED_000)
      .when(payPenalty('1000.00', '2022-06-10', 'pp-1', 'pen-9'))
      .thenRefuses('UNKNOWN_PENALTY', 'data.penaltyId');
    const waived = play(PENALISED_000, {
      type: 'WaivePenalty',
      data: { occurredAt: '2022-06-05', penaltyId: 'pen-1', reason: '协商免除' },
    });
    refusals([waived, payPenalty('1000.00'), 'PENALTY_NOT_OUTSTANDING', 'data.penaltyId']);
    const reversed = play(PENALISED_000, {
      type: 'RecordCorrection',
      data: {
        occurredAt: '2022-06-05',
        correctionId: 'c-1',
        target: { type: 'PenaltyAssessed', factId: 'pen-1' },
        action: 'reverse',
        reason: '误判',
      },
    });
    refusals([reversed, payPenalty('1000.00'), 'UNKNOWN_PENALTY', 'data.penaltyId']);
  });

  it('refuses a non-positive amount, a date before the assessment and an unsigned contract', () => {
    refusals(
      [PENALISED_000, payPenalty('0.00'), 'AMOUNT_NOT_POSITIVE', 'data.amount'],
      [PENALISED_000, payPenalty('-5.00'), 'AMOUNT_NOT_POSITIVE', 'data.amount'],
      [PENALISED_000, payPenalty('1000.00', '2022-05-31'), 'DATE_OUT_OF_ORDER', 'data.occurredAt'],
      [SIGNED_000, payPenalty('1000.00'), 'UNKNOWN_PENALTY', 'data.penaltyId'],
      [[], payPenalty('1000.00'), 'CONTRACT_NOT_SIGNED'],
    );
  });
});
