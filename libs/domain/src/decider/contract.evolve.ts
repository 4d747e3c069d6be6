import type { ContractEvent } from '../events/contract-event';
import type { ContractState, SignedState } from './contract.state';
import { evolveCorrectionRecorded } from './correction.evolve';
import { onFile, signedOrCorrupt, type EvolveTable } from './evolve-helpers';
import { evolveHoldoverFeePaid } from './holdover-fee.decide';
import { MONEY_EVOLVE } from './money-facts.evolve';
import { evolveAcceptanceDeemed, PERFORMANCE_EVOLVE } from './performance-facts.evolve';
import { evolveContractSigned, LIFECYCLE_EVOLVE } from './lifecycle.evolve';
import { evolveDeadlineFact } from '../deadlines/deadline-fact.evolve';

/**
 * How each event after the signing changes the state. The evolve files export their own entries
 * (`satisfies Partial<EvolveTable>`), so an event evolved in an existing file needs no line here;
 * the table's type makes an event type without an entry fail to compile.
 */
const EVOLVE: EvolveTable = {
  ...MONEY_EVOLVE,
  ...PERFORMANCE_EVOLVE,
  ...LIFECYCLE_EVOLVE,
  AcceptanceDeemed: onFile((f, event) =>
    evolveDeadlineFact(evolveAcceptanceDeemed(f, event), event),
  ),
  InstallmentBecameOverdue: onFile(evolveDeadlineFact),
  ReviewDeemedPassed: onFile(evolveDeadlineFact),
  BondRefundOverdue: onFile(evolveDeadlineFact),
  CurePeriodExpired: onFile(evolveDeadlineFact),
  DeadlineRescheduled: onFile(evolveDeadlineFact),
  CorrectionRecorded: onFile(evolveCorrectionRecorded),
  HoldoverFeePaid: onFile(evolveHoldoverFeePaid),
};

/** Applies one event to the state. Pure and total over the event union. */
export function evolve(state: ContractState, event: ContractEvent): ContractState {
  if (event.type === 'ContractSigned') {
    if (state.status !== 'draft') throw new Error('Corrupt stream: a second ContractSigned');
    return evolveContractSigned(event);
  }
  const s = signedOrCorrupt(state, event);
  // The table is keyed by type, so EVOLVE[event.type] takes exactly this event; TypeScript cannot
  // correlate the two through the union, hence the one widening here.
  const evolveOne = EVOLVE[event.type] as (
    state: SignedState,
    event: ContractEvent,
  ) => ContractState;
  return evolveOne(s, event);
}
