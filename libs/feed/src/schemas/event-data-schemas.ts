import {
  CONTRACT_EVENT_TYPES,
  DRAFT_2020_12,
  EVENT_JSON_SCHEMAS,
  EVENT_SCHEMA_VERSIONS,
  type ContractEventType,
  type JsonSchema,
} from '@app/domain';
import { cloudEventType, dataSchemaPath } from '../cloudevents/cloud-event-type';

/** One published schema: the JSON Schema of a CloudEvent's `data` for one type and version. */
export interface PublishedDataSchema {
  domainType: ContractEventType;
  schemaVersion: number;
  cloudEventType: string;
  /** Path under the ledger's base URL (the dataschema URL without its origin). */
  path: string;
  schema: JsonSchema;
}

/**
 * The data schemas, derived from the domain's event schemas (one source of truth): the domain
 * describes `{ type, data }`, a CloudEvent carries `data` alone, so the published schema is the
 * domain's `data` member with its own `$schema`, `$id` (its URL) and title. Every type is at
 * version 1 today; a new version adds an entry here while the old one stays served.
 */
export function publishedDataSchemas(schemaBaseUrl: string): PublishedDataSchema[] {
  const base = schemaBaseUrl.replace(/\/+$/, '');
  return CONTRACT_EVENT_TYPES.map((domainType) => {
    const schemaVersion = EVENT_SCHEMA_VERSIONS[domainType];
    const path = dataSchemaPath(domainType, schemaVersion);
    const whole = EVENT_JSON_SCHEMAS[domainType];
    const data = whole.properties?.data;
    if (!data) throw new Error(`the schema of ${domainType} has no data member`);
    return {
      domainType,
      schemaVersion,
      cloudEventType: cloudEventType(domainType, schemaVersion),
      path,
      schema: {
        $schema: DRAFT_2020_12,
        $id: `${base}${path}`,
        title: `${domainType} v${schemaVersion} (data of ${cloudEventType(domainType, schemaVersion)})`,
        description: whole.description,
        ...data,
      },
    };
  });
}
