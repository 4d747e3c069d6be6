import { Module } from '@nestjs/common';
import { CommandExecutor } from '../command-execution';
import { ContractCommandService } from './contract-command.service';

/** The command side: one folder per use case (DTO, command, handler, endpoint). */
@Module({
  providers: [CommandExecutor, ContractCommandService],
  exports: [ContractCommandService],
})
export class ContractsModule {}
