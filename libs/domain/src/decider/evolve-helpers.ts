import type { ContractEvent } from '../events/contract-event';
import type { ContractFile, ContractState, SignedState } from './contract.state';

/**
 * Evolve never refuses: events are facts. An event that cannot apply means a corrupted stream or a
 * bug, and that is a plain Error, not a DomainError.
 */
export function signedOrCorrupt(state: ContractState, event: ContractEvent): SignedState {
  if (state.status === 'draft')
    throw new Error(`Corrupt stream: ${event.type} before ContractSigned`);
  return state;
}

/** A new state with the same status and a changed file (never mutates the input). */
export function withFile(
  state: SignedState,
  change: (file: ContractFile) => ContractFile,
): SignedState {
  return { ...state, file: change(state.file) };
}
