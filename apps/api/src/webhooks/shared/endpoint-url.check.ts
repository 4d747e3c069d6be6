import { AddressPolicy, UnsafeAddressError, type WebhookConfig } from '@app/webhooks';
import { RequestValidationError } from '../../common';

/**
 * An endpoint URL is refused (400 naming `url`) when it is not https in production, carries
 * credentials, or resolves to an address the SSRF policy refuses (checked again at delivery).
 */
export async function checkEndpointUrl(text: string, config: WebhookConfig): Promise<void> {
  const refuse = (rule: string, message: string) =>
    new RequestValidationError([{ field: 'url', rule, message }]);
  const url = new URL(text);
  if (config.requireHttps && url.protocol !== 'https:')
    throw refuse('isHttps', 'url must use https in production');
  if (url.username || url.password)
    throw refuse('noCredentials', 'url must not carry credentials; the signature authenticates');
  try {
    await new AddressPolicy(config.allowedHosts).resolve(url.hostname);
  } catch (error) {
    if (error instanceof UnsafeAddressError)
      throw refuse('publicAddress', `url is refused: ${error.message} (WEBHOOK_ALLOWED_HOSTS)`);
    throw refuse('resolvable', `url host ${url.hostname} does not resolve`);
  }
}
