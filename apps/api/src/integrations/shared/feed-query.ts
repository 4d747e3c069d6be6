import {
  CONTRACT_EVENT_TYPES,
  EVENT_SCHEMA_VERSIONS,
  isContractEventType,
  streamIdFor,
} from '@app/domain';
import { parseCloudEventType, parseCursor, type FeedSequence, type TypeFilter } from '@app/feed';
import { RequestValidationError, type FieldError } from '../../common';
import { ID_PATTERN, ID_RULE_MESSAGE } from '../../contracts/shared';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** `GET /feed` and `GET /feed/stream` query, validated. */
export interface FeedRequest {
  after: FeedSequence;
  limit: number;
  types?: TypeFilter[];
  /** Contract id (the CloudEvents subject). */
  contract?: string;
  streamId?: string;
}

type Query = Record<string, unknown>;

const single = (query: Query, name: string, errors: FieldError[]): string | undefined => {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  errors.push({ field: name, rule: 'single', message: `${name} must be given once` });
  return undefined;
};

/**
 * Parses the feed's query. Unknown parameters are refused (a misspelt `contract` must not
 * silently widen a consumer's feed to every contract), like unknown body fields elsewhere.
 * `types` is a comma-separated list, repeatable, of CloudEvents types
 * (`cn.gov.contract.payment-recorded.v1`) or domain type names (`PaymentRecorded`, any version).
 */
export function parseFeedRequest(
  query: Query,
  options: { allowed: readonly string[]; cursor?: string; withLimit: boolean },
): FeedRequest {
  const errors: FieldError[] = [];
  for (const name of Object.keys(query)) {
    if (!options.allowed.includes(name))
      errors.push({
        field: name,
        rule: 'unknownParameter',
        message: `query parameter ${name} is not known; use ${options.allowed.join(', ')}`,
      });
  }

  let after: FeedSequence = 0n;
  // On reconnect an SSE client sends Last-Event-ID and the original URL: the header wins.
  const afterParam = single(query, 'after', errors);
  const afterText = options.cursor ?? afterParam;
  if (afterText !== undefined) {
    const parsed = parseCursor(afterText.trim());
    if (parsed === null)
      errors.push({
        field: options.cursor !== undefined ? 'Last-Event-ID' : 'after',
        rule: 'isSequence',
        message:
          'after must be a feed sequence: a whole number, 0 for the start (zero-padded accepted)',
      });
    else after = parsed;
  }

  let limit = DEFAULT_LIMIT;
  const limitText = options.withLimit ? single(query, 'limit', errors) : undefined;
  if (limitText !== undefined) {
    const n = /^\d{1,4}$/.test(limitText) ? Number(limitText) : NaN;
    if (n >= 1 && n <= MAX_LIMIT) limit = n;
    else
      errors.push({
        field: 'limit',
        rule: 'isLimit',
        message: `limit must be a whole number from 1 to ${MAX_LIMIT}`,
      });
  }

  let types: TypeFilter[] | undefined;
  const rawTypes = query.types;
  if (rawTypes !== undefined) {
    const list = (Array.isArray(rawTypes) ? rawTypes : [rawTypes])
      .flatMap((v) => (typeof v === 'string' ? v.split(',') : [String(v)]))
      .map((t) => t.trim());
    types = [];
    for (const name of list) {
      const filter = typeFilter(name);
      if (filter) types.push(filter);
      else
        errors.push({
          field: 'types',
          rule: 'isEventType',
          message: `types: "${name}" is not an event type; use a CloudEvents type such as cn.gov.contract.payment-recorded.v1 or a domain type such as PaymentRecorded (see /asyncapi.json)`,
        });
    }
  }

  const contract = single(query, 'contract', errors);
  if (contract !== undefined && !ID_PATTERN.test(contract))
    errors.push({ field: 'contract', rule: 'isId', message: `contract ${ID_RULE_MESSAGE}` });

  if (errors.length) throw new RequestValidationError(errors);
  return {
    after,
    limit,
    types,
    contract,
    streamId: contract === undefined ? undefined : streamIdFor(contract),
  };
}

function typeFilter(name: string): TypeFilter | null {
  if (isContractEventType(name)) return { type: name };
  const parsed = parseCloudEventType(name, CONTRACT_EVENT_TYPES);
  if (!parsed || !isContractEventType(parsed.type)) return null;
  return parsed.schemaVersion <= EVENT_SCHEMA_VERSIONS[parsed.type] ? parsed : null;
}
