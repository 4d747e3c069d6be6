import type { ContractEvent, ContractEventType, EventOf } from '../events/contract-event';
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

/** The events after the signing, each with how it changes a signed contract (contract.evolve.ts). */
export type EvolveTable = {
  [T in Exclude<ContractEventType, 'ContractSigned'>]: (
    state: SignedState,
    event: EventOf<T>,
  ) => ContractState;
};

/** An evolve entry that changes only the contract's file. */
export function onFile<E>(
  change: (file: ContractFile, event: E) => ContractFile,
): (state: SignedState, event: E) => SignedState {
  return (state, event) => withFile(state, (file) => change(file, event));
}
