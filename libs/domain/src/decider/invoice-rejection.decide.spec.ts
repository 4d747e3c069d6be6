import type { ContractCommand } from '../commands';
import { cmd, SIGNED_001 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

/**
 * 001 4.2 "乙方逾期提供发票的，或提供发票不符合本合同要求的，甲方不承担逾期付款违约责任": the start payment's
 * invoice (1,408,200.00) arrives 2022-07-12; the client finds its title wrong and returns it 07-14.
 */
const reject = (occurredAt = '2022-07-14', reason = '发票抬头不符', invoiceId = 'inv-start') =>
  ({ type: 'RejectInvoice', data: { occurredAt, invoiceId, reason } }) as ContractCommand;
const INVOICED = play(SIGNED_001, cmd.invoice('start', '1408200.00', '2022-07-12'));

describe('RejectInvoice (001 4.2 提供发票不符合本合同要求)', () => {
  it('records the rejection with the invoice it refers to, its installment and receipt day', () => {
    given(...INVOICED)
      .when(reject())
      .then({
        type: 'InvoiceRejected',
        data: {
          occurredAt: '2022-07-14',
          invoiceId: 'inv-start',
          installmentId: 'start',
          receivedOn: '2022-07-12',
          reason: '发票抬头不符',
        },
      });
  });

  it('a rejection on the day of receipt is fine; one before it is nonsense', () => {
    given(...INVOICED)
      .when(reject('2022-07-12'))
      .thenOne({ type: 'InvoiceRejected', data: { occurredAt: '2022-07-12' } });
    refusals([INVOICED, reject('2022-07-11'), 'DATE_OUT_OF_ORDER', 'data.occurredAt']);
  });

  it('refuses an invoice the ledger never received', () => {
    given(...SIGNED_001)
      .when(reject('2022-07-14', '发票抬头不符', 'inv-none'))
      .thenRefuses('UNKNOWN_INVOICE', 'data.invoiceId');
  });

  it('the same rejection again records nothing; another date or reason is a conflict', () => {
    const rejected = play(INVOICED, reject());
    given(...rejected)
      .when(reject())
      .thenNothing();
    refusals(
      [rejected, reject('2022-07-15'), 'INVOICE_ALREADY_REJECTED', 'data.invoiceId'],
      [rejected, reject('2022-07-14', '税率错误'), 'INVOICE_ALREADY_REJECTED', 'data.invoiceId'],
    );
  });

  it('a later conforming invoice is recorded as usual (its own id)', () => {
    given(...play(INVOICED, reject()))
      .when(cmd.invoice('start', '1408200.00', '2022-09-01', 'inv-start-2'))
      .thenOne({ type: 'InvoiceReceived', data: { invoiceId: 'inv-start-2', flags: [] } });
  });
});
