import type { LocalDate } from '../shared/local-date';
import type { ContractTerms } from '../terms/contract.terms';

/** Record the signed contract. `occurredAt` must be the terms' signing date. */
export interface SignContract {
  type: 'SignContract';
  data: { occurredAt: LocalDate; contractId: string; terms: ContractTerms };
}
