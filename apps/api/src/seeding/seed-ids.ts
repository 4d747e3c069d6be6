import { uuidV5 } from '../common/ids/uuid-v5';

/** Fixed forever: every seeded id derives from it, so reloading the seeds appends nothing. */
export const SEED_NAMESPACE = '727bf141-dcfa-4e43-88e8-5b8364fbff68';

/** The ledger id of a reference contract, from the stem of its source file ("000_d656c2c08ac49afd"). */
export function seedContractId(sourceStem: string): string {
  return uuidV5(`contract:${sourceStem}`, SEED_NAMESPACE);
}

/** The command id of a history step: the same on every run, so the executor skips applied steps. */
export function seedCommandId(contractId: string, step: number): string {
  return uuidV5(`seed:${contractId}:${step}`, SEED_NAMESPACE);
}

/** One correlation id per seeded contract: every event of its history carries it. */
export function seedCorrelationId(contractId: string): string {
  return uuidV5(`seed:${contractId}`, SEED_NAMESPACE);
}
