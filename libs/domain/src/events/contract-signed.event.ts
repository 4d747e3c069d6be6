import type { PeriodBasis } from '../calc';
import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import type { ContractTerms } from '../terms/contract.terms';
import { CONTRACT_TERMS_SCHEMA } from './contract-terms.schema';
import { S, eventSchema } from './json-schema';

/**
 * Both parties signed (合同自双方签字盖章之日起生效). Carries the full terms plus the figures
 * resolved from them at signing — service period, installment amounts, bond amount — so history
 * never depends on a later version of the calculation code.
 */
export interface ContractSigned {
  type: 'ContractSigned';
  data: {
    /** The signing date (= terms.signingDate). */
    occurredAt: LocalDate;
    contractId: string;
    terms: ContractTerms;
    /** Resolved period; `from` is the date it is counted from (the signing date for 001), `months` when written in months. */
    servicePeriod: {
      start: LocalDate;
      end: LocalDate;
      days: number;
      basis: PeriodBasis;
      from: LocalDate;
      months: number | null;
    };
    /** Amount of each installment: a stated amount wins over its share (000 第五条: 565,000.00 / 242,159.00 / 322,841.00). */
    installments: { id: string; amount: Money }[];
    /** 001 4.2: 117,350.00; null when the contract has no bond. */
    bondAmount: Money | null;
    /** Rules of the validation warnings the terms carried when signed (e.g. "bond-above-10-percent"). */
    warnings: string[];
  };
}

export const CONTRACT_SIGNED_SCHEMA = eventSchema(
  'ContractSigned',
  'The contract was signed; terms and resolved figures.',
  {
    contractId: S.id,
    terms: CONTRACT_TERMS_SCHEMA,
    servicePeriod: S.object({
      start: S.date,
      end: S.date,
      days: S.positiveCount,
      basis: S.oneOf(['explicit', 'civil-code', 'start-day-included']),
      from: S.date,
      months: S.nullable(S.positiveCount),
    }),
    installments: S.arrayOf(S.object({ id: S.id, amount: S.nonNegativeMoney })),
    bondAmount: S.nullable(S.positiveMoney),
    warnings: { type: 'array', items: { type: 'string' } },
  },
);
