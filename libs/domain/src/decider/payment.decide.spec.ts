import type { ContractCommand } from '../commands';
import { cmd, SIGNED_000, SIGNED_001, SIGNED_003 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

/** 000 第五条 1: 565,000.00 by 2022-05-31; 第五条 8: the invoice comes 15 days before payment. */
const INVOICED_000 = play(SIGNED_000, cmd.invoice('first', '565000.00', '2022-05-10'));
const PAID_FIRST_000 = play(INVOICED_000, cmd.pay('first', '565000.00', '2022-05-20', 'pay-1'));

describe('RecordInvoice', () => {
  it('records an invoice for an installment', () => {
    given(...SIGNED_000)
      .when({
        type: 'RecordInvoice',
        data: {
          occurredAt: '2022-05-10',
          invoiceId: 'inv-1',
          installmentId: 'first',
          amount: '565000.00',
          invoiceNumber: 'No.0012345',
        },
      })
      .then({
        type: 'InvoiceReceived',
        data: {
          occurredAt: '2022-05-10',
          invoiceId: 'inv-1',
          installmentId: 'first',
          amount: '565000.00',
          invoiceNumber: 'No.0012345',
          flags: [],
        },
      });
  });

  it('flags an invoice beyond the installment', () => {
    given(...INVOICED_000)
      .when(cmd.invoice('first', '0.01', '2022-05-11', 'inv-2'))
      .thenOne({ type: 'InvoiceReceived', data: { flags: ['exceedsInstallment'] } });
  });

  it('refuses an unknown installment and a contract not yet signed', () => {
    given(...SIGNED_000)
      .when(cmd.invoice('fourth', '1.00', '2022-05-10'))
      .thenRefuses('UNKNOWN_INSTALLMENT', 'data.installmentId');
    refusals([[], cmd.invoice('first', '1.00', '2022-05-10'), 'CONTRACT_NOT_SIGNED']);
  });

  it('decides nothing on a resend', () => {
    given(...INVOICED_000)
      .when(cmd.invoice('first', '565000.00', '2022-05-10'))
      .thenNothing();
  });
});

describe('RecordPayment', () => {
  it('records the first payment of 000, on time, with the due date of 第五条 1', () => {
    given(...INVOICED_000)
      .when(cmd.pay('first', '565000.00', '2022-05-20', 'pay-1'))
      .then({
        type: 'PaymentRecorded',
        data: {
          occurredAt: '2022-05-20',
          paymentId: 'pay-1',
          installmentId: 'first',
          amount: '565000.00',
          penaltyOffsets: [],
          dueDate: '2022-05-31',
          flags: [],
        },
      });
  });

  it('refuses a payment before signing', () => {
    refusals([[], cmd.pay('first', '565000.00', '2022-05-20'), 'PAYMENT_BEFORE_SIGNING']);
  });

  it('refuses an unknown installment, a zero amount and money written as a number', () => {
    given(...SIGNED_000)
      .when(cmd.pay('bonus', '1.00', '2022-05-20'))
      .thenRefuses('UNKNOWN_INSTALLMENT', 'data.installmentId');
    refusals(
      [SIGNED_000, cmd.pay('first', '0.00', '2022-05-20'), 'AMOUNT_NOT_POSITIVE', 'data.amount'],
      [SIGNED_000, cmd.pay('first', '-5.00', '2022-05-20'), 'AMOUNT_NOT_POSITIVE', 'data.amount'],
    );
    const asNumber = {
      type: 'RecordPayment',
      data: { occurredAt: '2022-05-20', paymentId: 'p', installmentId: 'first', amount: 565000 },
    } as unknown as ContractCommand;
    refusals([SIGNED_000, asNumber, 'INVALID_AMOUNT', 'data.amount']);
  });

  it('refuses a business date before signing', () => {
    given(...SIGNED_000)
      .when(cmd.pay('first', '1.00', '2022-01-01'))
      .thenRefuses('DATE_BEFORE_SIGNING', 'data.occurredAt');
  });

  it('flags a late payment (after 2022-05-31)', () => {
    given(...INVOICED_000)
      .when(cmd.pay('first', '565000.00', '2022-06-01'))
      .thenOne({ type: 'PaymentRecorded', data: { flags: ['late'] } });
  });

  it('flags an overpayment and a payment beyond the invoices', () => {
    given(...PAID_FIRST_000)
      .when(cmd.pay('first', '100.00', '2022-05-21', 'pay-2'))
      .thenOne({ type: 'PaymentRecorded', data: { flags: ['overpayment', 'withoutInvoice'] } });
  });

  it('flags paying the interim installment before the phase acceptance it waits for (第五条 2)', () => {
    const invoiced = play(SIGNED_000, cmd.invoice('interim', '242159.00', '2022-11-01'));
    given(...invoiced)
      .when(cmd.pay('interim', '242159.00', '2022-11-20'))
      .thenOne({ type: 'PaymentRecorded', data: { flags: ['beforeTrigger'] } });
    const accepted = play(invoiced, cmd.accept('phase', '2022-11-10'));
    given(...accepted)
      .when(cmd.pay('interim', '242159.00', '2022-11-20'))
      .thenOne({ type: 'PaymentRecorded', data: { dueDate: '2022-11-30', flags: [] } });
  });

  it('003 第三条 2(1): due 10 working days after the invoice (New Year 2023 skipped)', () => {
    const invoiced = play(SIGNED_003, cmd.invoice('first', '1668000.00', '2022-12-22'));
    given(...invoiced)
      .when(cmd.pay('first', '1668000.00', '2023-01-09'))
      .thenOne({ type: 'PaymentRecorded', data: { dueDate: '2023-01-06', flags: ['late'] } });
  });

  it('decides nothing when the same paymentId is sent again, refuses it with other data', () => {
    given(...PAID_FIRST_000)
      .when(cmd.pay('first', '565000.00', '2022-05-20', 'pay-1'))
      .thenNothing();
    given(...PAID_FIRST_000)
      .when(cmd.pay('first', '56500.00', '2022-05-20', 'pay-1'))
      .thenRefuses('DUPLICATE_FACT_ID', 'data.paymentId');
  });

  describe('penalties offset against the payment (000 第十二条 8)', () => {
    const PENALISED = play(
      SIGNED_000,
      {
        type: 'AssessPenalty',
        data: { occurredAt: '2022-10-10', penaltyId: 'pen-1', ruleId: 'late-delivery', days: 2 },
      },
      cmd.invoice('interim', '242159.00', '2022-11-01'),
      cmd.accept('phase', '2022-11-10'),
    );
    const payWithOffset = (cash: string, offset: string): ContractCommand => ({
      type: 'RecordPayment',
      data: {
        occurredAt: '2022-11-20',
        paymentId: 'pay-i',
        installmentId: 'interim',
        amount: cash,
        penaltyOffsets: [{ penaltyId: 'pen-1', amount: offset }],
      },
    });

    it('settles the installment with cash plus the offset penalty (2 days × 5,650.00 = 11,300.00)', () => {
      given(...PENALISED)
        .when(payWithOffset('230859.00', '11300.00'))
        .thenOne({
          type: 'PaymentRecorded',
          data: {
            amount: '230859.00',
            penaltyOffsets: [{ penaltyId: 'pen-1', amount: '11300.00' }],
            flags: [],
          },
        });
    });

    it('refuses offsetting more than is outstanding, or an unknown penalty', () => {
      given(...PENALISED)
        .when(payWithOffset('230859.00', '11300.01'))
        .thenRefuses('PENALTY_NOT_OUTSTANDING', 'data.penaltyOffsets[0].amount');
      given(...SIGNED_000)
        .when(payWithOffset('230859.00', '1.00'))
        .thenRefuses('UNKNOWN_PENALTY', 'data.penaltyOffsets[0].penaltyId');
    });

    it('refuses offsets where the terms grant none (001)', () => {
      given(...SIGNED_001)
        .when({
          type: 'RecordPayment',
          data: {
            occurredAt: '2022-07-20',
            paymentId: 'p',
            installmentId: 'start',
            amount: '1.00',
            penaltyOffsets: [{ penaltyId: 'x', amount: '1.00' }],
          },
        })
        .thenRefuses('PENALTY_OFFSET_NOT_ALLOWED', 'data.penaltyOffsets');
    });
  });
});
