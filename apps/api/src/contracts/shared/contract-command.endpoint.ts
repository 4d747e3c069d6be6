import { Type, applyDecorators } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiResponse,
} from '@nestjs/swagger';
import { EXAMPLE_CONTRACT_ID, Role, Roles } from '../../common';
import { ContractCommandResponse } from './contract-command.response';
import { ID_PATTERN } from './contract-fields';

export interface ContractCommandEndpointOptions {
  summary: string;
  /** The clause(s) the command records, e.g. "000 第五条 2". */
  description?: string;
  roles: Role[];
  response?: Type<unknown>;
}

const problem = (status: number, description: string) =>
  ApiResponse({
    status,
    description,
    content: {
      'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } },
    },
  });

/**
 * Roles plus the OpenAPI contract every command endpoint shares: If-Match and Idempotency-Key,
 * 201/200 with the revision as ETag, and the problem responses.
 */
export function ContractCommandEndpoint(options: ContractCommandEndpointOptions) {
  const response = options.response ?? ContractCommandResponse;
  const etag = {
    ETag: {
      description: 'W/"<revision>": the stream revision after the command',
      schema: { type: 'string', example: 'W/"7"' },
    },
  };
  return applyDecorators(
    Roles(...options.roles),
    ApiOperation({
      summary: options.summary,
      description: [options.description, `Roles: ${options.roles.join(', ')} (or admin).`]
        .filter(Boolean)
        .join('\n\n'),
    }),
    ApiParam({
      name: 'contractId',
      description: 'Chosen when the contract is signed',
      schema: { type: 'string', pattern: ID_PATTERN.source },
      example: EXAMPLE_CONTRACT_ID, // seeded contract 001, so "Try it out" finds it
    }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description:
        'W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state.',
    }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Same key and body: the original response is replayed and nothing is written; same key, other body: 422.',
    }),
    ApiCreatedResponse({ type: response, description: 'Recorded', headers: etag }),
    ApiOkResponse({
      type: response,
      description: 'Nothing new: this fact was already recorded',
      headers: etag,
    }),
    problem(400, 'Invalid body or path: `errors` names each field and rule'),
    problem(401, 'No or unknown API key'),
    problem(403, 'The key lacks the role'),
    problem(404, 'Unknown contract, installment, milestone, notice …'),
    problem(409, 'Conflicts with the contract’s state, or a concurrent write'),
    problem(412, 'If-Match does not match the current revision (`currentRevision`)'),
    problem(422, 'A contract rule refuses the command (`code`), or an Idempotency-Key reused'),
  );
}
