import { Module } from '@nestjs/common';

/** The command side: one folder per use case (DTO, command, handler, endpoint). */
@Module({})
export class ContractsModule {}
