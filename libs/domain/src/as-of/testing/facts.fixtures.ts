import { servicePeriodFromMonths } from '../../calc/service-period.calc';
import type { ContractTerms } from '../../terms/contract.terms';
import type { ContractFacts, InstallmentFacts } from '../contract-facts';

/**
 * The facts of a contract signed with `terms` on its signing date, its service `N` months from the
 * signing (001 2.3, 003 第一条 2; Civil Code art. 201–202), its final milestone not accepted, the
 * service not ended; `overrides` states what the spec's story adds.
 */
export function signedFacts(
  terms: ContractTerms,
  overrides: Partial<ContractFacts> = {},
): ContractFacts {
  if (terms.servicePeriod.kind !== 'monthsFromSigning')
    throw new Error('signedFacts: a service period in months from the signing');
  return {
    signedOn: terms.signingDate,
    servicePeriod: servicePeriodFromMonths(terms.signingDate, terms.servicePeriod.months),
    serviceEndedOn: null,
    total: terms.total.taxInclusive,
    milestones: { final: { kind: 'final', acceptedOn: null } },
    invoiceRequired: terms.paymentSchedule.invoice.required,
    latePayment: terms.latePayment,
    ...overrides,
  };
}

/** Installment `id` of `terms` as scheduled, nothing invoiced or settled yet; `facts` adds the story. */
export function installmentFacts(
  terms: ContractTerms,
  id: string,
  facts: Partial<InstallmentFacts> = {},
): InstallmentFacts {
  const t = terms.paymentSchedule.installments.find((i) => i.id === id);
  if (!t) throw new Error(`installmentFacts: no installment "${id}"`);
  return {
    id,
    amount: t.amount!,
    trigger: t.trigger,
    due: t.due ?? null,
    scheduled: true,
    invoices: [],
    settlements: [],
    confirmedOn: null,
    cancelled: null,
    ...facts,
  };
}
