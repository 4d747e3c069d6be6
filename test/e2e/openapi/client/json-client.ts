import createClient from 'openapi-fetch';
// Not committed: `npm run openapi:client` (the first step of `npm test`) generates it.
import type { paths } from './ledger-api.generated';

/**
 * The media types a client of the scenarios reads: JSON bodies and problem details. A view also
 * served as CSV (or HTML) keeps those out of `data`: openapi-fetch types `data` from these only.
 */
export type JsonMedia = 'application/json' | 'application/problem+json';

/** An openapi-fetch client typed by the generated `paths`, authenticated with `key` if given. */
export function jsonClient(baseUrl: string, key?: string) {
  return createClient<paths, JsonMedia>({
    baseUrl,
    headers: key === undefined ? {} : { Authorization: `Bearer ${key}` },
  });
}
