import { Module } from '@nestjs/common';
import { ContractViewsController } from './http/contract-views.controller';
import { PortfolioReconciliationController } from './http/portfolio-reconciliation.controller';
import { ReadYourWrites } from './http/read-your-writes.service';
import { PortfolioReconciliationQuery } from './portfolio-reconciliation.query';
import { ReadModelRepository } from './read-model.repository';

/**
 * Query side: finance views over the projected read models (issue #5). Needs PG_POOL (global
 * InfrastructureModule) and ProjectorService (for ?minPosition); the app imports ProjectorModule.
 */
@Module({
  controllers: [ContractViewsController, PortfolioReconciliationController],
  providers: [ReadModelRepository, PortfolioReconciliationQuery, ReadYourWrites],
})
export class ReadModelsModule {}
