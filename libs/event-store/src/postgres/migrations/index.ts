import { CreateEventStore1763650000000 } from './1763650000000-create-event-store.migration';
import { CreateSubscriptionCheckpoints1763650000200 } from './1763650000200-create-subscription-checkpoints.migration';
import { HashChainV21764900000000 } from './1764900000000-hash-chain-v2.migration';

/** Run with `runMigrations(url, eventStoreMigrations)` from @app/database. */
export const eventStoreMigrations = [
  CreateEventStore1763650000000,
  CreateSubscriptionCheckpoints1763650000200,
  HashChainV21764900000000,
];
