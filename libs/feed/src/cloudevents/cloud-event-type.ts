/**
 * CloudEvents `type` naming: `cn.gov.contract.<kebab-case of the domain event type>.v<schema
 * version>`, e.g. PaymentRecorded v1 → `cn.gov.contract.payment-recorded.v1`. A reverse-DNS
 * prefix for the publisher's domain (government contracts, China), the fact in the past tense
 * as the domain names it, and the version of its data schema, so a consumer can route on the type
 * alone and a shape change is a new type rather than a surprise.
 */
export const CLOUD_EVENT_TYPE_PREFIX = 'cn.gov.contract.';

export function kebabCase(domainType: string): string {
  return domainType.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export function cloudEventType(domainType: string, schemaVersion: number): string {
  return `${CLOUD_EVENT_TYPE_PREFIX}${kebabCase(domainType)}.v${schemaVersion}`;
}

/** Where the JSON Schema of a type's data is published, relative to the ledger's base URL. */
export function dataSchemaPath(domainType: string, schemaVersion: number): string {
  return `/schemas/events/${kebabCase(domainType)}/v${schemaVersion}.json`;
}

/**
 * The domain type and version behind a CloudEvents type, among `domainTypes`; null when it names
 * none of them.
 */
export function parseCloudEventType(
  type: string,
  domainTypes: readonly string[],
): { type: string; schemaVersion: number } | null {
  const match = /^cn\.gov\.contract\.([a-z0-9-]+)\.v([1-9]\d{0,5})$/.exec(type);
  if (!match) return null;
  const domainType = domainTypes.find((t) => kebabCase(t) === match[1]);
  return domainType ? { type: domainType, schemaVersion: Number(match[2]) } : null;
}
