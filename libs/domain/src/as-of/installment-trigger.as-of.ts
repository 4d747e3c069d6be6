import { serviceMonthsCompletedOn } from '../calc/service-period.calc';
import { assertNever } from '../shared/decider';
import { addDays, compareDates, type LocalDate } from '../shared/local-date';
import {
  conformingAsOf,
  happenedBy,
  type ContractFacts,
  type InstallmentFacts,
} from './contract-facts';

/** The milestone whose acceptance an installment waits for: its phase, or the final one by default. */
export function acceptanceOf(contract: ContractFacts, inst: InstallmentFacts): LocalDate | null {
  const id =
    inst.trigger?.kind === 'onPhaseAcceptance'
      ? inst.trigger.milestoneId
      : Object.entries(contract.milestones).find(([, m]) => m.kind === 'final')?.[0];
  return id ? (contract.milestones[id]?.acceptedOn ?? null) : null;
}

/**
 * The first invoice received against the installment (dated by `asOf` when given) that still stood
 * then: one the client found not to conform (InvoiceRejected, 001 4.2) is not the invoice a payment
 * window counts from (002 第四条, 003 第三条 2(1) "收到…发票后").
 */
export function firstInvoiceOn(inst: InstallmentFacts, asOf?: LocalDate): LocalDate | null {
  const dates = inst.invoices
    .filter((i) => conformingAsOf(i, asOf))
    .map((i) => i.receivedOn)
    .filter((d): d is LocalDate => d !== null && happenedBy(d, asOf))
    .sort(compareDates);
  return dates[0] ?? null;
}

/**
 * The first day on which the installment's condition (第五条-style trigger, terms/
 * payment-schedule.terms.ts) is met, from the recorded facts; null while it awaits a fact.
 * - onSigning / byDate: the signing day ("本合同签署生效后", 000/004 第五条 1);
 * - afterServiceMonths: the day after N months of service are complete (001 4.2 "8个月后");
 * - onPhaseAcceptance / onFinalAcceptance: the acceptance day (000/004 第五条 2, 3 "验收通过后");
 * - afterServiceEnds: the day after the last day of service (003 第三条 2(2) "合同期结束后"), the
 *   recorded end when ServicePeriodEnded was recorded, else the period's planned end;
 * - onInvoice: the day the first invoice arrived (002 第四条, 003 第三条 2(1) "收到…发票后").
 */
export function triggerMetOn(contract: ContractFacts, inst: InstallmentFacts): LocalDate | null {
  const t = inst.trigger;
  if (!t) return null;
  switch (t.kind) {
    case 'onSigning':
    case 'byDate':
      return contract.signedOn;
    case 'afterServiceMonths':
      return contract.servicePeriod
        ? addDays(serviceMonthsCompletedOn(contract.servicePeriod, t.months), 1)
        : null;
    case 'onPhaseAcceptance':
    case 'onFinalAcceptance':
      return acceptanceOf(contract, inst);
    case 'afterServiceEnds': {
      const end = contract.serviceEndedOn ?? contract.servicePeriod?.end ?? null;
      return end === null ? null : addDays(end, 1);
    }
    case 'onInvoice':
      return firstInvoiceOn(inst);
    default:
      return assertNever(t, 'payment trigger');
  }
}

/**
 * Whether the installment's condition was met by the end of `asOf`; null when it cannot be told
 * (an installment the signed schedule does not have, or no service period to count months in).
 */
export function triggerMet(
  contract: ContractFacts,
  inst: InstallmentFacts,
  asOf: LocalDate,
): boolean | null {
  if (!inst.trigger) return null;
  const on = triggerMetOn(contract, inst);
  if (on === null) return inst.trigger.kind === 'afterServiceMonths' ? null : false;
  return compareDates(on, asOf) <= 0;
}
