import { CreateEventStore1763650000000 } from './1763650000000-create-event-store.migration';
import { CreateSubscriptionCheckpoints1763650000200 } from './1763650000200-create-subscription-checkpoints.migration';

/** Run with `runMigrations(url, eventStoreMigrations)` from @app/database. */
export const eventStoreMigrations = [
  CreateEventStore1763650000000,
  CreateSubscriptionCheckpoints1763650000200,
];
