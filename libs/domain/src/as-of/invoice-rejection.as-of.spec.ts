import { chinaCalendar } from '../calendar';
import { CONTRACT_001_TERMS } from '../terms/examples/contract-001.terms';
import type { ContractFacts, InstallmentFacts, InvoiceFacts } from './contract-facts';
import { installmentAsOf } from './installment.as-of';
import { installmentFacts, signedFacts } from './testing/facts.fixtures';

/**
 * 001 4.2 "乙方逾期提供发票的，或提供发票不符合本合同要求的，甲方不承担逾期付款违约责任", 5.2 (0.05 % a day from
 * the 30th working day overdue). Start payment 1,408,200.00 due 2022-07-20, never paid; its invoice
 * arrives 2022-07-12 (704.10 a day: 1,408,200.00 × 0.05 %).
 */
const calendar = chinaCalendar();
const contract: ContractFacts = signedFacts(CONTRACT_001_TERMS, { milestones: {} });
const withInvoices = (invoices: InvoiceFacts[]): InstallmentFacts =>
  installmentFacts(CONTRACT_001_TERMS, 'start', { invoices });
const first = (rejectedOn: string | null): InvoiceFacts => ({
  amount: '1408200.00',
  receivedOn: '2022-07-12',
  rejection: rejectedOn ? { on: rejectedOn, reason: '发票抬头不符', ref: 'ev-rejected' } : null,
});
const replacement: InvoiceFacts = { amount: '1408200.00', receivedOn: '2022-09-01' };

describe('a non-conforming invoice (InvoiceRejected) does not start late-payment interest', () => {
  it('conforming, 07-12: as of 2022-10-31 62 days from 08-31 × 704.10 = 43,654.20', () => {
    const a = installmentAsOf(contract, withInvoices([first(null)]), '2022-10-31', calendar);
    expect(a.lateInterest).toMatchObject({ amount: '43654.20' });
    expect(a.lateInterest?.excused).toBeUndefined();
  });

  it('rejected 07-14 and never replaced: 0.00, no conforming invoice — and which invoice and why', () => {
    const a = installmentAsOf(
      contract,
      withInvoices([first('2022-07-14')]),
      '2022-10-31',
      calendar,
    );
    expect(a.lateInterest).toMatchObject({
      amount: '0.00',
      excused: {
        reason: 'noConformingInvoice',
        dueDate: '2022-07-20',
        invoicedOn: null,
        rejectedInvoices: [
          {
            amount: '1408200.00',
            receivedOn: '2022-07-12',
            rejectedOn: '2022-07-14',
            reason: '发票抬头不符',
            source: 'ev-rejected',
          },
        ],
      },
    });
    // Still overdue (the excuse is of liability, not of the debt); nothing counts as invoiced.
    expect(a).toMatchObject({ status: 'overdue', invoiced: '0.00', invoiceStatus: 'none' });
    expect(a.invoices).toHaveLength(1); // listed, with its rejection
  });

  it('rejected 07-14, a conforming invoice 09-01: the lateness counts from 09-01 — 13 days = 9,153.30', () => {
    // 30 working days after 2022-09-01 → 2022-10-19 (中秋 09-12, 国庆 10-01…07 off; 10-08/09 worked);
    // 10-19 … 10-31 = 13 days × 704.10 = 9,153.30.
    const inst = withInvoices([first('2022-07-14'), replacement]);
    const a = installmentAsOf(contract, inst, '2022-10-31', calendar);
    expect(a.lateInterest).toMatchObject({
      amount: '9153.30',
      tranches: [{ startDate: '2022-10-19', days: 13 }],
      excused: {
        reason: 'lateInvoice',
        invoicedOn: '2022-09-01',
        rejectedInvoices: [{ rejectedOn: '2022-07-14' }],
      },
    });
    expect(a).toMatchObject({ invoiced: '1408200.00', invoiceStatus: 'received' });
  });

  it('as of a day before the rejection the invoice still stood (the ledger did not know yet)', () => {
    // Rejected only on 2022-10-20: as of 10-19 interest ran from 08-31, 50 days = 35,205.00.
    const late = withInvoices([first('2022-10-20')]);
    expect(installmentAsOf(contract, late, '2022-10-19', calendar).lateInterest).toMatchObject({
      amount: '35205.00',
    });
    // As of 10-31 the finding stands: the client was never liable on its strength ("不承担").
    expect(installmentAsOf(contract, late, '2022-10-31', calendar).lateInterest).toMatchObject({
      amount: '0.00',
      excused: { reason: 'noConformingInvoice' },
    });
  });
});
