import { Command } from '@nestjs/cqrs';
import type { CommandOf, ContractCommandType, ContractEvent } from '@app/domain';
import type { CommandExecutionResult } from '../../command-execution';
import type { ContractCommandContext } from '../contract-command.service';

export type ContractCommandResult = CommandExecutionResult<ContractEvent>;

/**
 * A @nestjs/cqrs command carrying one domain command for one contract, plus who sent it and
 * under which precondition. Each use case declares a subclass that only fixes `type`, e.g.
 * `class RecordPaymentCommand extends ContractCommandMessage<'RecordPayment'> { readonly type = 'RecordPayment' }`,
 * so the compiler checks that the endpoint hands the domain exactly the data it expects.
 */
export abstract class ContractCommandMessage<
  T extends ContractCommandType = ContractCommandType,
> extends Command<ContractCommandResult> {
  abstract readonly type: T;

  constructor(
    readonly contractId: string,
    readonly data: CommandOf<T>['data'],
    readonly context: ContractCommandContext,
  ) {
    super();
  }

  /** The plain `{ type, data }` the decider takes. */
  get command(): CommandOf<T> {
    return { type: this.type, data: this.data } as CommandOf<T>;
  }
}

/** The constructor every use-case command shares (the dispatcher builds them). */
export type ContractCommandClass<T extends ContractCommandType> = new (
  contractId: string,
  data: CommandOf<T>['data'],
  context: ContractCommandContext,
) => ContractCommandMessage<T>;
