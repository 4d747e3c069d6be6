import type { ContractCommand } from '@app/domain';
import type { SeedContractFile, SeedStep } from './seed.types';

/** The command a step stands for: a signing step takes its terms from the contract file. */
export function commandOfStep(step: SeedStep, contract: SeedContractFile): ContractCommand {
  const { command } = step;
  if (command.type !== 'SignContract') return command;
  return { type: 'SignContract', data: { ...command.data, terms: contract.terms } };
}
