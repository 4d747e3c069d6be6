import { chinaCalendar } from '../calendar';
import type { ContractCommand } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { Decider } from '../shared/decider';
import { decide } from './contract.decide';
import { evolve } from './contract.evolve';
import type { DecideContext } from './contract.queries';
import type { ContractState } from './contract.state';

export type ContractDecider = Decider<ContractCommand, ContractEvent, ContractState>;

/**
 * The contract decider with its one dependency made explicit: the working-day calendar (pure data).
 * Tests may pass a small calendar; production uses China's official one.
 */
export function createContractDecider(ctx: DecideContext): ContractDecider {
  return {
    decide: (command, state) => decide(command, state, ctx),
    evolve,
    initialState: () => ({ status: 'draft' }),
  };
}

/** The decider on China's official working-day calendar. */
export const contractDecider: ContractDecider = {
  decide: (command, state) => decide(command, state, { calendar: chinaCalendar() }),
  evolve,
  initialState: () => ({ status: 'draft' }),
};

/** Folds a stream into the current state. */
export function foldContract(events: readonly ContractEvent[]): ContractState {
  return events.reduce<ContractState>(evolve, { status: 'draft' });
}

/** One stream per contract. */
export function streamIdFor(contractId: string): string {
  return `contract-${contractId}`;
}
