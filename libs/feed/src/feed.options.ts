import type { FeedConfig } from './feed.config';

export const FEED_OPTIONS = Symbol('FEED_OPTIONS');

export interface FeedModuleOptions extends FeedConfig {
  /** The PostgreSQL holding feed_sequence (the application database). */
  databaseUrl: string;
}
