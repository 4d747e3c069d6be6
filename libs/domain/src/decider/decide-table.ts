import type { CommandOf, ContractCommandType } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { DecideContext } from './contract.queries';
import type { ContractState } from './contract.state';

/** A decide function for every command type, typed by its command (contract.decide.ts). */
export type DecideTable = {
  [T in ContractCommandType]: (
    command: CommandOf<T>,
    state: ContractState,
    ctx: DecideContext,
  ) => ContractEvent[];
};
