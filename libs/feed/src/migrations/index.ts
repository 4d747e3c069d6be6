import { CreateFeedSequence1763900001300 } from './1763900001300-create-feed-sequence.migration';

/** Run with `runMigrations(url, feedMigrations)` from @app/database (after the event store's). */
export const feedMigrations = [CreateFeedSequence1763900001300];
