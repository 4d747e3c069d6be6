import { Injectable } from '@nestjs/common';
import type { ICommandHandler } from '@nestjs/cqrs';
import { ContractCommandService } from '../contract-command.service';
import type { ContractCommandMessage, ContractCommandResult } from './contract-command.message';

/**
 * The one handler flow for every contract command: load the stream, decide, append with the
 * expected revision (ContractCommandService → CommandExecutor). A use case only binds its
 * command class:
 *
 *   @CommandHandler(RecordPaymentCommand)
 *   export class RecordPaymentHandler extends ContractCommandHandler<RecordPaymentCommand> {}
 */
@Injectable()
export abstract class ContractCommandHandler<
  M extends ContractCommandMessage,
> implements ICommandHandler<ContractCommandMessage> {
  constructor(private readonly contracts: ContractCommandService) {}

  execute(message: M): Promise<ContractCommandResult> {
    return this.contracts.execute(message.contractId, message.command, message.context);
  }
}
