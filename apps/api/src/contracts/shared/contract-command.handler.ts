import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { currentCalendar } from '@app/calendar';
import {
  ContractEvent,
  EVENT_SCHEMA_VERSIONS,
  createContractDecider,
  streamIdFor,
} from '@app/domain';
import { CommandExecutor } from '../../command-execution';
import { ContractCommandMessage, ContractCommandResult } from './contract-command.message';

/**
 * What runs for every contract command, whichever endpoint or seed step sent it: load the
 * stream `contract-<id>`, fold it, let the contract decider decide, and append the events with
 * their schema version and business date at the expected revision (CommandExecutor retries on
 * a concurrent write when there is no If-Match). The rules themselves are in the domain
 * (`contractDecider`, libs/domain/src/decider).
 */
@CommandHandler(ContractCommandMessage)
export class ContractCommandHandler implements ICommandHandler<ContractCommandMessage> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(message: ContractCommandMessage): Promise<ContractCommandResult> {
    return this.executor.execute({
      streamId: streamIdFor(message.contractId),
      // The calendar as this process last read it: official years, published ones, provisional rest.
      decider: createContractDecider({ calendar: currentCalendar() }),
      command: message.command,
      ...message.context,
      toEventToAppend: (event: ContractEvent) => ({
        type: event.type,
        data: event.data,
        schemaVersion: EVENT_SCHEMA_VERSIONS[event.type],
        occurredAt: event.data.occurredAt,
      }),
    });
  }
}
