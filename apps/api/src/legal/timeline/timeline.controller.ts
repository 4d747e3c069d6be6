import { Readable } from 'node:stream';
import { Controller, Get, Headers, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { HttpResponse, ProblemException, Roles } from '../../common';
import { ContractBasisReader } from '../../read-models/basis/contract-basis.reader';
import { todayInChina } from '@app/read-models';
import { IdParam } from '../../contracts/shared';
import { buildTimeline } from './timeline.builder';
import { TimelineEntriesCache } from './timeline-entries.cache';
import { timelineJsonChunks } from './timeline-json';
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
  constructor(
    private readonly basis: ContractBasisReader,
    private readonly entries: TimelineEntriesCache,
  ) {}

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
  ): Promise<StreamableFile | string> {
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
      eventEntries: this.entries.entriesOf(id, at.events, at.lines),
    });
    res.setHeader('Vary', 'Accept');
    res.setHeader('Ledger-Known-At', at.basis.knownAt);
    if (at.basis.position) res.setHeader('Ledger-Basis-Position', at.basis.position);
    if (wantsHtml(accept)) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      return timelineHtml(timeline);
    }
    // A 10,000-event timeline is 7.7 MB of JSON: sent as chunks, its event entries' bytes kept
    // between answers of the same basis (timelineJsonChunks), not one string encoded again.
    const chunks = timelineJsonChunks(timeline);
    return new StreamableFile(Readable.from(chunks, { objectMode: false }), {
      type: 'application/json; charset=utf-8',
      length: chunks.reduce((sum, c) => sum + c.length, 0),
    });
  }
}
