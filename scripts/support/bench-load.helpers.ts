import { streamIdFor, type ContractEvent } from '@app/domain';
import { WrongExpectedRevisionError, type EventStore } from '@app/event-store';
import { toAppend } from '@app/read-models/projections/testing/reference-histories.fixtures';
import { syntheticContract } from '@app/read-models/projections/testing/synthetic-contracts.fixtures';

export interface LoadPlan {
  contracts: number;
  events: number;
}

/**
 * Exactly `events` events over `contracts` synthetic contracts: full template lives, then the
 * tails of some lives cut off (contracts still running) until the total matches.
 */
export function planContracts(plan: LoadPlan): { contractId: string; events: ContractEvent[] }[] {
  const lives = Array.from({ length: plan.contracts }, (_, n) => syntheticContract(n));
  let excess = lives.reduce((n, l) => n + l.events.length, 0) - plan.events;
  for (let i = 0; excess > 0 && i < lives.length; i++) {
    const cut = Math.min(excess, Math.floor(lives[i].events.length * 0.4));
    lives[i] = { ...lives[i], events: lives[i].events.slice(0, lives[i].events.length - cut) };
    excess -= cut;
  }
  return lives;
}

/**
 * Appends the lives through the store's own append (hash chain and all), `perAppend` events per
 * append, by `writers` parallel writers. Appends are dealt round-robin over the contracts, so the
 * log interleaves contracts the way a real portfolio's does.
 */
export async function loadContracts(
  store: EventStore,
  lives: { contractId: string; events: ContractEvent[] }[],
  options: { writers: number; perAppend: number; onProgress?: (appended: number) => void },
): Promise<number> {
  const jobs: { streamId: string; events: ContractEvent[]; revision: number }[] = [];
  const rounds = Math.max(...lives.map((l) => Math.ceil(l.events.length / options.perAppend)));
  for (let r = 0; r < rounds; r++) {
    for (const life of lives) {
      const chunk = life.events.slice(r * options.perAppend, (r + 1) * options.perAppend);
      if (chunk.length > 0) {
        jobs.push({
          streamId: streamIdFor(life.contractId),
          events: chunk,
          revision: r * options.perAppend - 1,
        });
      }
    }
  }
  let next = 0;
  let appended = 0;
  const writer = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const batch = job.events.map((e) => toAppend(e, 'bench'));
      for (;;) {
        try {
          await store.appendToStream(job.streamId, batch, {
            expectedRevision: job.revision < 0 ? 'no_stream' : job.revision,
          });
          break;
        } catch (error) {
          // The previous chunk of this contract is still in flight on another writer: wait for it.
          if (!(error instanceof WrongExpectedRevisionError)) throw error;
          await new Promise((r) => setTimeout(r, 5));
        }
      }
      appended += batch.length;
      options.onProgress?.(appended);
    }
  };
  await Promise.all(Array.from({ length: options.writers }, writer));
  return appended;
}
