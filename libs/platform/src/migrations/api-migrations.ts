import { AddIdempotencyKeyOwner } from './add-idempotency-key-owner.migration';
import { CreateIdempotencyKeys } from './create-idempotency-keys.migration';

/** The api's own tables, for runMigrations (after the event store's migrations). */
export const apiMigrations = [CreateIdempotencyKeys, AddIdempotencyKeyOwner];
