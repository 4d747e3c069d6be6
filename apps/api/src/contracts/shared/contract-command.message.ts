import { Command } from '@nestjs/cqrs';
import type { CommandOf, ContractCommand, ContractCommandType, ContractEvent } from '@app/domain';
import type { CommandExecutionResult } from '../../command-execution';

/** Who sent a command and under which precondition (from the HTTP request, or a seed step). */
export interface ContractCommandContext {
  /** Stable across retries (commandIdFor(actor, idempotencyKey)); event ids derive from it. */
  commandId: string;
  actor: string;
  correlationId: string;
  /** From If-Match. */
  expectedRevision?: number;
  /**
   * Seed loader only (seed.loader.ts): the record time to append at (AppendOptions.recordedAt).
   * An HTTP request never sets it (CommandRequest builds its context field by field).
   */
  recordedAt?: string;
}

export type ContractCommandResult = CommandExecutionResult<ContractEvent>;

/**
 * The one @nestjs/cqrs command for every contract command: the domain command's `type` and
 * `data` for one contract, plus who sent it. `data` is typed by the domain (`CommandOf<T>`), so
 * an endpoint whose DTO drifts from what the decider expects does not compile. HTTP endpoints
 * (ContractCommandDispatcher) and the seed loader both send it through the CommandBus; it is
 * handled by {@link ContractCommandHandler} (contract-command.handler.ts).
 */
export class ContractCommandMessage<
  T extends ContractCommandType = ContractCommandType,
> extends Command<ContractCommandResult> {
  constructor(
    readonly type: T,
    readonly contractId: string,
    readonly data: CommandOf<T>['data'],
    readonly context: ContractCommandContext,
  ) {
    super();
  }

  /** The message for a plain domain command (a seed step, a script). */
  static of(
    contractId: string,
    command: ContractCommand,
    context: ContractCommandContext,
  ): ContractCommandMessage {
    return new ContractCommandMessage(command.type, contractId, command.data, context);
  }

  /** The plain `{ type, data }` the decider takes. */
  get command(): CommandOf<T> {
    return { type: this.type, data: this.data } as CommandOf<T>;
  }
}
