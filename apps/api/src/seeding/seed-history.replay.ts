import { contractDecider, ContractEvent, ContractState, foldContract } from '@app/domain';
import { commandOfStep } from './seed-command';
import type { ReferenceSeed } from './seed.types';

export interface ReplayedSeed {
  /** The events each step decided, in step order. */
  steps: { step: number; events: ContractEvent[] }[];
  stream: ContractEvent[];
  state: ContractState;
}

/**
 * Runs a history through the decider alone (no store): what loading it would append. Throws the
 * decider's refusal, prefixed with the step, when a step is invalid.
 */
export function replaySeed(seed: ReferenceSeed): ReplayedSeed {
  let state = foldContract([]);
  const stream: ContractEvent[] = [];
  const steps: ReplayedSeed['steps'] = [];
  for (const step of seed.history) {
    let events: ContractEvent[];
    try {
      events = contractDecider.decide(commandOfStep(step, seed.contract), state);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Seed ${seed.key} step ${step.step} (${step.command.type}): ${reason}`, {
        cause: error,
      });
    }
    state = events.reduce(contractDecider.evolve, state);
    stream.push(...events);
    steps.push({ step: step.step, events });
  }
  return { steps, stream, state };
}
