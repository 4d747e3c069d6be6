import { Module } from '@nestjs/common';
import { TimelineController } from './timeline/timeline.controller';

/**
 * Legal (issue 11): the timeline on both time axes. Reads through the read-models module's
 * ContractBasisReader (global), so it shares the finance views' rows and code path.
 */
@Module({ controllers: [TimelineController] })
export class LegalModule {}
