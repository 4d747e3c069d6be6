import type { LocalDate } from '../shared/local-date';
import type { ContractTerms } from '../terms/contract.terms';

/** Record the signed contract. `occurredAt` must be the terms' signing date. */
export interface SignContract {
  type: 'SignContract';
  data: { occurredAt: LocalDate; contractId: string; terms: ContractTerms };
}

/** The signing commands; commands/index.ts unions the areas, so a command added here needs no other line there. */
export type SigningCommand = SignContract;
