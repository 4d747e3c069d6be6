import type { Role } from '../../common';

/**
 * The integration role reads the feed, the live stream (and, from issue 14, manages webhooks);
 * nothing else by default. Admin passes every check. The schemas and the AsyncAPI document are
 * public: a dataschema URL has to resolve for any validator, and they hold no contract data.
 */
export const FEED_READERS: Role[] = ['integration'];
