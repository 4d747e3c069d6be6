import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { EXAMPLE_CONTRACT_ID } from './openapi-examples';

/** Marks an operation that needs no API key (set by @Public(); removed from the output). */
export const PUBLIC_EXTENSION = 'x-ledger-public';

export const problemResponse = (description: string): ResponseObject => ({
  description,
  content: {
    'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } },
  },
});

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
 * - a `contractId` path parameter gets the id of a seeded reference contract as its example.
 * Responses a controller declares itself are kept.
 */
export function completeOperations(document: OpenAPIObject): OpenAPIObject {
  for (const pathItem of Object.values(document.paths)) {
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
        if (p.in === 'path' && p.name === 'contractId' && p.example === undefined) {
          p.example = EXAMPLE_CONTRACT_ID;
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
      add('429', 'Too many wrong API keys from this address: wait `Retry-After` seconds');
    }
  }
  return document;
}
