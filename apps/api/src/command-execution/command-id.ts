import { randomUUID } from 'node:crypto';
import { uuidV5 } from '../common/ids/uuid-v5';

/** Fixed forever: changing it would change every derived id and break retry deduplication. */
export const EVENT_ID_NAMESPACE = '0a656787-6a6c-4dbd-8003-965582de682f';
export const COMMAND_ID_NAMESPACE = 'c3f0d5a2-52a4-4c1e-9a3e-7d0b8e51f6a4';

/** The id of the `index`-th event a command produces: the same on every retry of that command. */
export function eventIdFor(commandId: string, index: number): string {
  return uuidV5(`${commandId}:${index}`, EVENT_ID_NAMESPACE);
}

/**
 * A command id for a request: derived from the actor's Idempotency-Key when there is one, so
 * that even a retry the idempotency table could not answer (e.g. the response was lost before
 * it was stored) re-appends the same event ids and the store deduplicates it; random otherwise.
 */
export function commandIdFor(actor: string, idempotencyKey: string | undefined): string {
  return idempotencyKey === undefined
    ? randomUUID()
    : uuidV5(`${actor}:${idempotencyKey}`, COMMAND_ID_NAMESPACE);
}
