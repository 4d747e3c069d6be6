import { DynamicModule, Module } from '@nestjs/common';
import { ContractViewsController } from './http/contract-views.controller';
import { PortfolioReconciliationController } from './http/portfolio-reconciliation.controller';
import { ReadYourWrites } from './http/read-your-writes.service';
import { PortfolioReconciliationQuery } from './portfolio-reconciliation.query';
import {
  ReadModelDataSourceCloser,
  type ReadModelsOptions,
  readModelDataSourceProvider,
} from './read-model-data-source.provider';
import { ReadModelRepository } from './read-model.repository';
import { ContractBasisReader } from './basis/contract-basis.reader';

/**
 * Query side: finance views over the projected read models (issue #5), read through TypeORM
 * (entities in ./entities, a DataSource on the same database). Needs ProjectorService (for
 * ?minPosition); the app imports ProjectorModule.
 */
@Module({})
export class ReadModelsModule {
  static forRoot(options: ReadModelsOptions): DynamicModule {
    return {
      module: ReadModelsModule,
      controllers: [ContractViewsController, PortfolioReconciliationController],
      providers: [
        readModelDataSourceProvider(options),
        ReadModelDataSourceCloser,
        ReadModelRepository,
        PortfolioReconciliationQuery,
        ReadYourWrites,
        ContractBasisReader,
      ],
      // Global so that the legal module (timeline, obligations) reads the same rows at a basis.
      global: true,
      exports: [ReadModelRepository, ContractBasisReader, ReadYourWrites],
    };
  }
}
