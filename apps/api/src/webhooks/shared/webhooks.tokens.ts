/** The webhooks' configuration (loadWebhookConfig), provided by WebhooksModule. */
export const WEBHOOK_CONFIG = Symbol('WEBHOOK_CONFIG');
