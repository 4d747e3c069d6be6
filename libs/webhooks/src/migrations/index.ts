import { CreateWebhooks1764800000000 } from './1764800000000-create-webhooks.migration';

/** Run after the feed's migrations (the endpoints' cursors are feed sequences). */
export const webhookMigrations = [CreateWebhooks1764800000000];
