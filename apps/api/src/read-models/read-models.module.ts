import { Module } from '@nestjs/common';

/** Query side: finance views over the projected read models. */
@Module({})
export class ReadModelsModule {}
