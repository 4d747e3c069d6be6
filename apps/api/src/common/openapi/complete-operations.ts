import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { pathParameterExample } from './openapi-examples';

/** Marks an operation that needs no API key (set by @Public(); removed from the output). */
export const PUBLIC_EXTENSION = 'x-ledger-public';

export const problemResponse = (description: string): ResponseObject => ({
  description,
  content: {
    'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } },
  },
});

const RETRY_AFTER = {
  'Retry-After': {
    description: 'Seconds to wait before retrying',
    schema: { type: 'integer' as const, minimum: 1 },
  },
};

/** A problem response whose `code` is one of `codes`, with Retry-After. */
const retryLater = (description: string, codes: string[]): ResponseObject => ({
  description,
  headers: RETRY_AFTER,
  content: {
    'application/problem+json': {
      schema: {
        allOf: [
          { $ref: '#/components/schemas/ProblemDetails' },
          { type: 'object', properties: { code: { type: 'string', enum: codes } } },
        ],
      },
    },
  },
});

/** The operations that run a contract command (their success is a ContractCommandResponse). */
const COMMAND_RESPONSE = /\/(ContractCommandResponse|SignContractResponse)$/;

const DATABASE_UNAVAILABLE =
  '`DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written).';
const COMMANDS_OVERLOADED =
  '`COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key).';

/** Bodies that are not JSON: the schema is a string, what it holds is said in words. */
const TEXT_BODIES: Record<string, string> = {
  'text/csv':
    "The view's table as CSV (RFC 4180, a header row, CRLF; a cell starting with = + - @ is prefixed with ' so a spreadsheet never runs it). `Accept: text/csv; excel=true` adds a UTF-8 BOM and Content-Disposition: attachment with the file name.",
  'text/html': 'A printable HTML page of the same content.',
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

const isParameter = (p: ParameterObject | ReferenceObject): p is ParameterObject => 'in' in p;

/**
 * What every operation of this API has in common, written once here rather than on each
 * controller (the guard, the validation pipe and the problem filter apply to all of them):
 * - a @Public() operation declares `security: []` (no key) and the others inherit the global
 *   requirement (bearer or X-Api-Key);
 * - a protected operation answers 401 without a valid key and 403 without the role, 429 after
 *   repeated wrong keys, a path or query that fails validation is 400, an unknown contract
 *   404 — as problem details;
 * - every protected operation may answer 503 DATABASE_UNAVAILABLE, a command also 503
 *   COMMANDS_OVERLOADED (admission control), both with Retry-After;
 * - a CSV or HTML body is a string (the JSON schema Nest copies to every produced type is not);
 * - each path parameter gets an id of a seeded reference contract as its example
 *   (openapi-examples.ts).
 * Responses a controller declares itself are kept.
 */
export function completeOperations(document: OpenAPIObject): OpenAPIObject {
  for (const [path, pathItem] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = pathItem[method] as
        (OperationObject & { [PUBLIC_EXTENSION]?: boolean }) | undefined;
      if (!operation) continue;
      const isPublic = operation[PUBLIC_EXTENSION] === true;
      const add = (status: string, description: string) => {
        operation.responses[status] ??= problemResponse(description);
      };
      delete operation[PUBLIC_EXTENSION];
      const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].filter(
        isParameter,
      );
      for (const p of parameters) {
        if (p.in === 'path' && p.example === undefined)
          p.example = pathParameterExample(path, p.name);
      }
      for (const response of Object.values(operation.responses)) {
        for (const [type, media] of Object.entries((response as ResponseObject).content ?? {})) {
          if (TEXT_BODIES[type]) media.schema = { type: 'string', description: TEXT_BODIES[type] };
        }
      }
      if (isPublic) {
        operation.security = [];
        if (parameters.some((p) => p.in === 'path')) add('404', 'Not found');
        continue;
      }
      if (parameters.length > 0) add('400', 'Invalid path or query: `errors` names each field');
      add('401', 'No or unknown API key');
      add('403', 'The key lacks the role');
      if (parameters.some((p) => p.in === 'path' && p.name === 'contractId')) {
        add('404', 'Unknown contract');
      }
      operation.responses['429'] ??= {
        ...problemResponse('Too many wrong API keys from this address: wait `Retry-After` seconds'),
        headers: RETRY_AFTER,
      };
      const isCommand = Object.values(operation.responses).some((r) =>
        Object.values((r as ResponseObject).content ?? {}).some((m) =>
          COMMAND_RESPONSE.test(String((m.schema as ReferenceObject | undefined)?.$ref ?? '')),
        ),
      );
      operation.responses['503'] ??= isCommand
        ? retryLater(`${DATABASE_UNAVAILABLE} Or ${COMMANDS_OVERLOADED}`, [
            'DATABASE_UNAVAILABLE',
            'COMMANDS_OVERLOADED',
          ])
        : retryLater(DATABASE_UNAVAILABLE, ['DATABASE_UNAVAILABLE']);
    }
  }
  return document;
}
