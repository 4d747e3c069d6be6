import { latePaymentCapScope, type CapScope } from './cap.terms';
import type { Rate } from './common.terms';
import type { ContractTerms } from './contract.terms';

/** How one late-payment or penalty clause is capped: null scope = the clause writes no cap. */
export interface CapReading {
  clause: string;
  /** 'latePayment' or the penalty rule's id. */
  liability: string;
  scope: CapScope | null;
  rate: Rate | null;
  base: 'overdueAmount' | 'total' | null;
}

/**
 * Every late-payment and penalty clause of a contract with what its cap applies to and where it
 * comes from. 000/004 第十二条 and 001 5.1, 002 第五条 1 write no ceiling ("违约金不足以弥补损失的…补足"
 * points the other way: the penalty is a floor for damages), so they read as uncapped.
 */
export function capReadings(terms: ContractTerms): CapReading[] {
  const late: CapReading[] = terms.latePayment
    ? [
        {
          clause: terms.latePayment.cap?.source ?? terms.latePayment.source ?? 'latePayment',
          liability: 'latePayment',
          scope: terms.latePayment.cap ? latePaymentCapScope(terms.latePayment.cap) : null,
          rate: terms.latePayment.cap?.rate ?? null,
          base: terms.latePayment.cap?.of ?? null,
        },
      ]
    : [];
  const penalties = terms.penalties.rules.map((r): CapReading => {
    const clause = r.source ?? r.id;
    if (r.kind === 'perDay' && r.cap)
      return {
        clause,
        liability: r.id,
        scope: r.cap.scope ?? 'rule',
        rate: r.cap.rate,
        base: 'total',
      };
    if (r.kind === 'percentOfTotal' && r.maximum)
      return { clause, liability: r.id, scope: 'occurrence', rate: r.rate, base: 'total' };
    return { clause, liability: r.id, scope: null, rate: null, base: null };
  });
  return [...late, ...penalties];
}
