import { randomUUID } from 'node:crypto';
import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { commandIdFor, parseIfMatch } from '../../command-execution';
import { HttpRequest, HttpResponse, currentCorrelationId } from '../../common';
import type { ContractCommandContext } from './contract-command.message';

/** What a command endpoint needs from the HTTP exchange besides its body and path. */
export interface ContractCommandRequest {
  context: ContractCommandContext;
  /** To set the status (201 new, 200 nothing new) and the ETag once the command has run. */
  response: HttpResponse;
}

/**
 * `@CommandRequest() request: ContractCommandRequest`. The actor is the API key's name (the
 * guard has run), the correlation id the request's, and the command id derives from the
 * Idempotency-Key when there is one: a retry the idempotency table could not answer then
 * re-appends the same event ids and the store deduplicates it. If-Match becomes the expected
 * revision (a malformed one is a 400 before anything runs).
 */
export const CommandRequest = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ContractCommandRequest => {
    const http = context.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const actor = request.principal?.name ?? 'anonymous';
    return {
      context: {
        commandId: commandIdFor(actor, request.idempotencyKey),
        actor,
        correlationId: request.correlationId ?? currentCorrelationId() ?? randomUUID(),
        expectedRevision: parseIfMatch(request.headers['if-match']),
      },
      response: http.getResponse<HttpResponse>(),
    };
  },
);
