import { Module } from '@nestjs/common';
import { CommandExecutor } from '../command-execution';
import { CONTRACT_COMMAND_CONTROLLERS } from './contract-use-cases';
import { ContractEventsController } from './history/contract-events.controller';
import { ContractVerificationController } from './history/contract-verification.controller';
import { ContractCommandDispatcher, ContractCommandHandler } from './shared';

/**
 * The command side: one folder per use case (DTO and controller: route, roles, clause), every
 * controller dispatching its command type through the CommandBus to the one handler
 * (ContractCommandHandler: load → decide → append) and answering in one shape
 * (ContractCommandDispatcher); the seed loader sends the same message. Plus the stream itself
 * and its verification, for legal. CqrsModule.forRoot() (global) is imported by AppModule.
 */
@Module({
  controllers: [
    ...Object.values(CONTRACT_COMMAND_CONTROLLERS),
    ContractEventsController,
    ContractVerificationController,
  ],
  providers: [CommandExecutor, ContractCommandHandler, ContractCommandDispatcher],
})
export class ContractsModule {}
