import type { ContractFile } from '../decider/contract.state';
import { deadlineFactKey, obligationOf, type DeadlineFactEvent } from './deadline-fact';

/** evolve: the deadline fact's key is remembered, so it is never due again. */
export function evolveDeadlineFact(file: ContractFile, event: DeadlineFactEvent): ContractFile {
  const { obligation, date } = obligationOf(event);
  const key = deadlineFactKey(file.contractId, obligation, date);
  const factId = 'factId' in event.data ? event.data.factId : null;
  return {
    ...file,
    deadlineFacts: {
      ...file.deadlineFacts,
      [key]: { factId, type: event.type, occurredAt: event.data.occurredAt },
    },
  };
}
