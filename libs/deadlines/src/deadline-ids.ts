import { uuidV5 } from '@app/platform/ids/uuid-v5';

/** Fixed forever: changing it would change every deadline fact's id and break exactly-once. */
export const DEADLINE_FACT_NAMESPACE = '6f1d7a52-3c0e-4b8f-9a41-2d5e8c7b9f30';

/** The fact's id, carried in its data (`factId`): uuid v5 of its key `contract|obligation|date`. */
export function deadlineFactId(key: string): string {
  return uuidV5(key, DEADLINE_FACT_NAMESPACE);
}

/** The store's event id of the fact: the same for every instance, run and retry. */
export function deadlineEventId(key: string): string {
  return uuidV5(`event:${key}`, DEADLINE_FACT_NAMESPACE);
}

/**
 * The correlation id of a run "deadlines up to `until`": the same for every instance replaying
 * that day, so two instances recording one fact write byte-identical events (the store answers
 * the second append as idempotent instead of a conflict).
 */
export function deadlineRunId(until: string): string {
  return uuidV5(`run:${until}`, DEADLINE_FACT_NAMESPACE);
}
