import { Injectable } from '@nestjs/common';
import type { HttpResponse as Response } from '../../common';
import { ProjectorService } from '@app/read-models';
import { ProblemException } from '../../common';

/** How long a query waits for the projections to reach ?minPosition before answering 503. */
export const READ_YOUR_WRITES_TIMEOUT_MS = 5000;

/**
 * Read-your-writes for every view: with ?minPosition=N (the position a command returned), wait —
 * bounded — until every projection has applied N. The answer carries the position the read
 * models had reached (X-Read-Model-Position); when they do not get there in time, 503 with
 * Retry-After and the positions, never a silently stale answer.
 */
@Injectable()
export class ReadYourWrites {
  constructor(private readonly projector: ProjectorService) {}

  async ensure(minPosition: string | undefined, res: Response): Promise<void> {
    if (minPosition !== undefined) {
      const wanted = BigInt(minPosition);
      const reached = await this.projector.waitFor(wanted, READ_YOUR_WRITES_TIMEOUT_MS);
      if (!reached) {
        const checkpoint = (await this.projector.checkpoint())?.toString() ?? null;
        throw new ProblemException({
          status: 503,
          code: 'READ_MODEL_NOT_CAUGHT_UP',
          title: 'The read models have not caught up yet',
          detail: `The projections have not applied position ${minPosition} within ${READ_YOUR_WRITES_TIMEOUT_MS} ms; retry shortly.`,
          extensions: { minPosition, readModelPosition: checkpoint },
          headers: {
            'Retry-After': '1',
            ...(checkpoint === null ? {} : { 'X-Read-Model-Position': checkpoint }),
          },
        });
      }
    }
    const checkpoint = await this.projector.checkpoint();
    if (checkpoint !== null) res.setHeader('X-Read-Model-Position', checkpoint.toString());
  }
}
