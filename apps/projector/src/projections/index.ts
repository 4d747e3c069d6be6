import { CreateProjectionCheckpoints1763700000000, type AnyProjection } from '@app/projections';
import { CreateStreamSummary1763700000100 } from '../migrations/1763700000100-create-stream-summary.migration';
import { streamSummaryProjection } from './stream-summary/stream-summary.projection';

/** Every projection the projector runs, and the migrations that create their tables. */
export const ALL_PROJECTIONS: AnyProjection[] = [
  streamSummaryProjection as unknown as AnyProjection,
];

export const projectionMigrations = [
  CreateProjectionCheckpoints1763700000000,
  CreateStreamSummary1763700000100,
];
