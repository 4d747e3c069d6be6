import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandOf, ContractCommandType, DomainError } from '@app/domain';
import { formatEtag } from '../../command-execution';
import { ContractCommandMessage } from './contract-command.message';
import type { ContractCommandRequest } from './contract-command.request';
import type { ContractCommandResponse } from './contract-command.response';

/**
 * What every command endpoint does after validation: send the command through the CommandBus
 * (a ContractCommandMessage, run by ContractCommandHandler in contract-command.handler.ts) and
 * shape the answer — 201 when events were written, 200 when nothing new was (a resend of a
 * recorded fact), the stream revision as ETag, and the event ids and global position.
 */
@Injectable()
export class ContractCommandDispatcher {
  constructor(private readonly commandBus: CommandBus) {}

  /**
   * `dispatch('RecordPayment', contractId, body, request)`: the body must be what the domain's
   * RecordPayment takes (`CommandOf<'RecordPayment'>['data']`), checked by the compiler. Runs
   * {@link ContractCommandHandler.execute}.
   */
  async dispatch<T extends ContractCommandType>(
    type: T,
    contractId: string,
    data: NoInfer<CommandOf<T>['data']>,
    request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    const message = new ContractCommandMessage(type, contractId, plainJson(data), request.context);
    const result = await this.commandBus.execute(message).catch((error: unknown) => {
      throw error instanceof DomainError ? asRequestFieldError(error) : error;
    });
    request.response.status(result.idempotent ? 200 : 201);
    if (result.revision >= 0) request.response.setHeader('ETag', formatEtag(result.revision));
    return {
      contractId,
      streamId: result.streamId,
      revision: result.revision,
      position: result.position,
      eventIds: result.eventIds,
      events: result.events.map(({ type, data: eventData }) => ({ type, data: eventData })),
      idempotent: result.idempotent,
    };
  }
}

/**
 * Validated DTOs are class instances (with own `undefined` members for absent optional
 * fields); the domain and the event log get plain JSON, exactly what the client sent.
 */
function plainJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The domain names inputs by their place in the command (`data.amount`); a client knows the
 * body field (`amount`) or the path parameter (`milestoneId`) of the same name.
 */
function asRequestFieldError(error: DomainError): DomainError {
  if (!error.field?.startsWith('data.')) return error;
  return new DomainError(error.code, error.message, error.field.slice(5), error.details);
}
