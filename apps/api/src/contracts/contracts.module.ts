import { Module } from '@nestjs/common';
import { CommandExecutor } from '../command-execution';
import { ContractCommandService } from './contract-command.service';
import { CONTRACT_COMMAND_CONTROLLERS, CONTRACT_COMMAND_HANDLERS } from './contract-use-cases';
import { ContractEventsController } from './history/contract-events.controller';
import { ContractVerificationController } from './history/contract-verification.controller';
import { ContractCommandDispatcher } from './shared';

/**
 * The command side: one folder per use case (DTO, command, handler, endpoint), all sharing one
 * handler flow (ContractCommandHandler → ContractCommandService) and one response shape
 * (ContractCommandDispatcher); plus the stream itself and its verification, for legal.
 * CqrsModule.forRoot() (global) is imported by AppModule.
 */
@Module({
  controllers: [
    ...CONTRACT_COMMAND_CONTROLLERS,
    ContractEventsController,
    ContractVerificationController,
  ],
  providers: [
    CommandExecutor,
    ContractCommandService,
    ContractCommandDispatcher,
    ...CONTRACT_COMMAND_HANDLERS,
  ],
  exports: [ContractCommandService],
})
export class ContractsModule {}
