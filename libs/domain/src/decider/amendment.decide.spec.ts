import type { ContractCommand } from '../commands';
import { foldContract } from './contract.decider';
import { settledOn } from './contract.queries';
import { cmd, SIGNED_000, SIGNED_001 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

const amend = (
  amendmentId: string,
  addedAmount: string,
  installment?: { id: string; label: string; dueBy?: string },
): ContractCommand => ({
  type: 'SignAmendment',
  data: {
    occurredAt: '2022-12-01',
    amendmentId,
    description: '追加应急移动终端运维',
    addedAmount,
    ...(installment ? { installment } : {}),
  },
});

describe('SignAmendment', () => {
  it('001 14.1: a supplementary agreement within 10 % of the total, paid as a new installment', () => {
    const events = given(...SIGNED_001)
      .when(
        amend('sa-1', '200000.00', {
          id: 'sa-1-payment',
          label: '补充协议款',
          dueBy: '2023-01-31',
        }),
      )
      .then({
        type: 'AmendmentSigned',
        data: {
          occurredAt: '2022-12-01',
          amendmentId: 'sa-1',
          description: '追加应急移动终端运维',
          addedAmount: '200000.00',
          newTotal: '2547000.00',
          installment: {
            id: 'sa-1-payment',
            label: '补充协议款',
            amount: '200000.00',
            dueBy: '2023-01-31',
          },
        },
      });
    given(...SIGNED_001, ...events)
      .when(cmd.pay('sa-1-payment', '200000.00', '2023-01-20'))
      .thenOne({ type: 'PaymentRecorded', data: { dueDate: '2023-01-31' } });
  });

  it('001 14.1: refuses agreements that together exceed 234,700.00', () => {
    const first = play(SIGNED_001, amend('sa-1', '200000.00'));
    refusals([first, amend('sa-2', '34700.01'), 'AMENDMENT_CAP_EXCEEDED', 'data.addedAmount']);
    given(...first)
      .when(amend('sa-2', '34700.00'))
      .thenOne({ type: 'AmendmentSigned', data: { newTotal: '2581700.00' } });
  });

  it('000 has no such cap', () => {
    given(...SIGNED_000)
      .when(amend('sa-1', '500000.00'))
      .thenOne({ type: 'AmendmentSigned', data: { newTotal: '1630000.00' } });
  });

  it('refuses a zero amount, an existing installment id, a terminated contract; decides nothing on a resend', () => {
    refusals([SIGNED_001, amend('sa-1', '0.00'), 'AMOUNT_NOT_POSITIVE', 'data.addedAmount']);
    given(...SIGNED_001)
      .when(amend('sa-1', '1.00', { id: 'final', label: 'x' }))
      .thenRefuses('DUPLICATE_FACT_ID', 'data.installment.id');
    const terminated = play(SIGNED_001, {
      type: 'TerminateContract',
      data: { occurredAt: '2022-09-01', by: 'both' },
    });
    refusals([terminated, amend('sa-1', '1.00'), 'CONTRACT_ALREADY_TERMINATED']);
    given(...play(SIGNED_001, amend('sa-1', '1.00')))
      .when(amend('sa-1', '1.00'))
      .thenNothing();
  });
});

describe('RecordCorrection', () => {
  /** 000: the first payment of 565,000.00 was typed as 5,650,000.00. */
  const MISTYPED = play(
    SIGNED_000,
    cmd.invoice('first', '565000.00', '2022-05-10'),
    cmd.pay('first', '5650000.00', '2022-05-20', 'pay-1'),
  );
  const correct = (
    data: Partial<Extract<ContractCommand, { type: 'RecordCorrection' }>['data']>,
  ): ContractCommand => ({
    type: 'RecordCorrection',
    data: {
      occurredAt: '2022-05-25',
      correctionId: 'cor-1',
      target: { type: 'PaymentRecorded', factId: 'pay-1' },
      action: 'amend',
      amended: { amount: '565000.00' },
      reason: '录入错误：多输一位',
      ...data,
    },
  });

  it('amends a mistyped payment; the overpayment flag goes, the installment is settled at 565,000.00', () => {
    expect(MISTYPED[MISTYPED.length - 1]).toMatchObject({
      data: { flags: ['overpayment', 'withoutInvoice'] },
    });
    const events = given(...MISTYPED)
      .when(correct({}))
      .then({
        type: 'CorrectionRecorded',
        data: {
          occurredAt: '2022-05-25',
          correctionId: 'cor-1',
          target: { type: 'PaymentRecorded', factId: 'pay-1' },
          action: 'amend',
          amended: { amount: '565000.00', occurredAt: null },
          reason: '录入错误：多输一位',
          flags: [],
        },
      });
    const state = foldContract([...MISTYPED, ...events]);
    expect(state.status === 'active' && settledOn(state.file, 'first')).toBe('565000.00');
  });

  it('amends the business date of a payment and recomputes its flags', () => {
    given(...MISTYPED)
      .when(correct({ amended: { amount: '565000.00', occurredAt: '2022-06-02' } }))
      .thenOne({
        type: 'CorrectionRecorded',
        data: { amended: { amount: '565000.00', occurredAt: '2022-06-02' }, flags: ['late'] },
      });
  });

  it('reverses a payment recorded twice', () => {
    const twice = play(MISTYPED, cmd.pay('first', '565000.00', '2022-05-20', 'pay-2'));
    const event = given(...twice)
      .when(correct({ correctionId: 'cor-2', action: 'reverse', amended: undefined }))
      .thenOne({ type: 'CorrectionRecorded', data: { amended: null, flags: [] } });
    const state = foldContract([...twice, event]);
    expect(state.status === 'active' && settledOn(state.file, 'first')).toBe('565000.00');
  });

  it('refuses an unknown fact, a reversed fact, and an amendment that changes nothing', () => {
    given(...MISTYPED)
      .when(correct({ target: { type: 'PaymentRecorded', factId: 'pay-9' } }))
      .thenRefuses('UNKNOWN_CORRECTION_TARGET', 'data.target.factId');
    const reversed = play(MISTYPED, correct({ action: 'reverse', amended: undefined }));
    refusals([reversed, correct({ correctionId: 'cor-2' }), 'CORRECTION_TARGET_REVERSED']);
    given(...MISTYPED)
      .when(correct({ amended: { amount: '5650000.00' } }))
      .thenRefuses('CORRECTION_NOT_APPLICABLE', 'data.amended');
    refusals([MISTYPED, correct({ amended: {} }), 'FIELD_REQUIRED', 'data.amended']);
  });

  it('refuses reversing a penalty already deducted from a payment', () => {
    const offset = play(
      SIGNED_000,
      {
        type: 'AssessPenalty',
        data: { occurredAt: '2022-05-01', penaltyId: 'pen-1', ruleId: 'late-delivery', days: 1 },
      },
      {
        type: 'RecordPayment',
        data: {
          occurredAt: '2022-05-20',
          paymentId: 'p',
          installmentId: 'first',
          amount: '559350.00',
          penaltyOffsets: [{ penaltyId: 'pen-1', amount: '5650.00' }],
        },
      },
    );
    given(...offset)
      .when(
        correct({
          target: { type: 'PenaltyAssessed', factId: 'pen-1' },
          action: 'reverse',
          amended: undefined,
        }),
      )
      .thenRefuses('CORRECTION_NOT_APPLICABLE', 'data.target.factId');
  });

  it('decides nothing on a resend; refuses the id for another correction', () => {
    const corrected = play(MISTYPED, correct({}));
    given(...corrected)
      .when(correct({}))
      .thenNothing();
    given(...corrected)
      .when(correct({ action: 'reverse', amended: undefined }))
      .thenRefuses('DUPLICATE_FACT_ID', 'data.correctionId');
  });
});
