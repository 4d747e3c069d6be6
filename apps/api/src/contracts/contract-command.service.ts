import { Injectable } from '@nestjs/common';
import {
  ContractCommand,
  ContractEvent,
  EVENT_SCHEMA_VERSIONS,
  contractDecider,
  streamIdFor,
} from '@app/domain';
import { CommandExecutionResult, CommandExecutor } from '../command-execution';

export interface ContractCommandContext {
  /** Stable across retries (commandIdFor(actor, idempotencyKey)); event ids derive from it. */
  commandId: string;
  actor: string;
  correlationId: string;
  /** From If-Match. */
  expectedRevision?: number;
}

/**
 * The command side of a contract, shared by every HTTP handler and by the seed loader:
 * stream `contract-<id>`, the contract decider, and events stored with their schema version
 * and business date.
 */
@Injectable()
export class ContractCommandService {
  constructor(private readonly executor: CommandExecutor) {}

  execute(
    contractId: string,
    command: ContractCommand,
    context: ContractCommandContext,
  ): Promise<CommandExecutionResult<ContractEvent>> {
    return this.executor.execute({
      streamId: streamIdFor(contractId),
      decider: contractDecider,
      command,
      ...context,
      toEventToAppend: (event: ContractEvent) => ({
        type: event.type,
        data: event.data,
        schemaVersion: EVENT_SCHEMA_VERSIONS[event.type],
        occurredAt: event.data.occurredAt,
      }),
    });
  }
}
