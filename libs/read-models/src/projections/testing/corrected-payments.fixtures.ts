import { CONTRACT_000_TERMS, type ContractCommand, type ContractEvent } from '@app/domain';
import { decideAll, signing } from './reference-histories.fixtures';

/**
 * A 000 contract (第五条: first installment 565,000.00) paid in `n` parts with invoices, every
 * third payment amended and every fifth reversed, some invoices reversed: the facts whose sums the
 * projections keep by difference (withPaymentChange, fees received), decided by the real decider.
 */
export function correctedPayments000(contractId: string, n: number): ContractEvent[] {
  const commands: ContractCommand[] = [];
  const day = (i: number) => `2022-05-${String(10 + (i % 18)).padStart(2, '0')}`;
  for (let i = 0; i < n; i++) {
    commands.push(
      {
        type: 'RecordInvoice',
        data: {
          occurredAt: day(i),
          invoiceId: `inv-${i}`,
          installmentId: 'first',
          amount: '10.00',
        },
      },
      {
        type: 'RecordPayment',
        data: {
          occurredAt: day(i),
          paymentId: `pay-${i}`,
          installmentId: i % 7 === 6 ? 'interim' : 'first',
          amount: `${10 + (i % 4)}.${String((i * 37) % 100).padStart(2, '0')}`,
        },
      },
    );
    const correction = (target: 'PaymentRecorded' | 'InvoiceReceived', factId: string) => ({
      occurredAt: day(i),
      correctionId: `cor-${factId}-${commands.length}`,
      target: { type: target, factId },
      reason: '录入错误',
    });
    if (i % 3 === 1)
      commands.push({
        type: 'RecordCorrection',
        data: {
          ...correction('PaymentRecorded', `pay-${i}`),
          action: 'amend',
          amended: { amount: '7.35' },
        },
      });
    if (i % 5 === 2)
      commands.push({
        type: 'RecordCorrection',
        data: { ...correction('PaymentRecorded', `pay-${i - 1}`), action: 'reverse' },
      });
    if (i % 6 === 3)
      commands.push({
        type: 'RecordCorrection',
        data: { ...correction('InvoiceReceived', `inv-${i}`), action: 'reverse' },
      });
  }
  return decideAll(signing(CONTRACT_000_TERMS, contractId), ...commands);
}
