import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { HttpResponse, ProblemException, Roles } from '../../common';
import { ContractBasisReader } from '../../read-models/basis/contract-basis.reader';
import { todayInChina } from '@app/read-models';
import { IdParam } from '../../contracts/shared';
import { buildTimeline, type Timeline } from './timeline.builder';
import { timelineHtml } from './timeline.html';
import { TimelineQuery, parseKinds } from './timeline-query.dto';
import { TimelineResponse } from './timeline.response';

const READERS = ['legal', 'finance'] as const;

function wantsHtml(accept: string | undefined): boolean {
  return accept !== undefined && /\btext\/html\b/i.test(accept);
}

/**
 * GET /contracts/:id/timeline (issue 11): the contract as it stood on ?asOf and as it was known
 * at ?knownAt. Always computed from the stream (read up to the basis, folded in memory through
 * the projector's own projections), so both axes take one code path.
 */
@ApiTags('legal')
@Roles(...READERS)
@Controller('contracts')
export class TimelineController {
  constructor(private readonly basis: ContractBasisReader) {}

  @Get(':contractId/timeline')
  @ApiOperation({
    summary: 'Every event in business order with the deadlines and what happened at each',
    description:
      'Each event with record time, actor, correlation/causation ids, clause, corrections and the money position after it; derived facts (installments due, interest running, bond deposit/refund, termination refund, cure periods, notices, review windows deemed passed, acceptance deadlines) with their outcome (open, met, missed, deemed, excused, waived), calendar version and provisional flag. `basis` states the knownAt and position used. `Accept: text/html` gives a printable page.',
  })
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({ type: TimelineResponse })
  async timeline(
    @Param('contractId', IdParam) id: string,
    @Query() q: TimelineQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: HttpResponse,
  ): Promise<Timeline | string> {
    const at = await this.basis.read(id, { knownAt: q.knownAt, position: q.position });
    if (at.events.length === 0) {
      const knownAt = q.knownAt ?? new Date().toISOString();
      throw new ProblemException({
        status: 404,
        code: 'NOT_FOUND',
        title: 'Not found',
        detail: `Contract ${id} has no events recorded by ${knownAt}`,
      });
    }
    const timeline = buildTimeline({
      contractId: id,
      asOf: q.asOf ?? todayInChina(),
      basis: at.basis,
      events: at.events,
      rows: at.rows,
      lines: at.lines,
      kinds: parseKinds(q.kinds),
    });
    res.setHeader('Vary', 'Accept');
    res.setHeader('Ledger-Known-At', at.basis.knownAt);
    if (at.basis.position) res.setHeader('Ledger-Basis-Position', at.basis.position);
    if (!wantsHtml(accept)) return timeline;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    return timelineHtml(timeline);
  }
}
