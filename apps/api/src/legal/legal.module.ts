import { Module } from '@nestjs/common';
import { ObligationsController } from './obligations/obligations.controller';
import { ObligationsTableQuery } from './obligations/obligations.query';
import { ObligationsService } from './obligations/obligations.service';
import { TimelineController } from './timeline/timeline.controller';
import { TimelineEntriesCache } from './timeline/timeline-entries.cache';

/**
 * Legal (issue 11): the timeline and the obligations on both time axes. Reads through the read-models module's
 * ContractBasisReader (global), so it shares the finance views' rows and code path.
 */
@Module({
  controllers: [TimelineController, ObligationsController],
  providers: [ObligationsService, ObligationsTableQuery, TimelineEntriesCache],
})
export class LegalModule {}
