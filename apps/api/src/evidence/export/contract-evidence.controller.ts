import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { Readable } from 'node:stream';
import { bundleJsonChunks } from '@app/evidence';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { EvidenceBundleResponse } from './evidence-bundle.response';
import { HttpResponse, Roles } from '../../common';
import { IdParam } from '../../contracts/shared/path-params';
import { EvidenceExportService, ExportPhases, phaseClock } from './evidence-export.service';
import { EvidenceQuery } from './evidence-query.dto';

/**
 * A contract's evidence export for legal: one self-contained file a court, an arbitrator or the
 * other party verifies offline (`npm run evidence:verify`), or its printable report.
 */
@ApiTags('evidence')
@Controller('contracts')
export class ContractEvidenceController {
  constructor(private readonly exports: EvidenceExportService) {}

  @Get(':contractId/evidence')
  @Roles('legal')
  @ApiOperation({
    summary: 'Export the contract’s verifiable evidence',
    description:
      'Roles: legal (or admin). Every event in canonical form with its inclusion proof, the signed ' +
      'checkpoint, the public key, a consistency proof from ?since=, and a printable report.',
  })
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({
    description: 'The evidence file (application/json) or its report (?format=html)',
    type: EvidenceBundleResponse,
  })
  async export(
    @Param('contractId', IdParam) contractId: string,
    @Query() q: EvidenceQuery,
    @Res({ passthrough: true }) res: HttpResponse,
  ): Promise<unknown> {
    const phases: ExportPhases = {};
    const bundle = await this.exports.export(contractId, {
      asOf: q.asOf,
      knownAt: q.knownAt,
      since: q.since ? Number(q.since) : undefined,
      now: new Date(),
      pdf: q.format !== 'html',
      phases,
    });
    const name = `evidence-${contractId}-${bundle.manifest.basis.treeSize}`;
    if (q.format === 'html') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Disposition', `inline; filename="${name}.html"`);
      res.setHeader('Server-Timing', serverTiming(phases));
      return bundle.reportHtml;
    }
    // Sent as per-member chunks (bundleJsonChunks), not as one 30 MB string nor one 30 MB buffer.
    const phase = phaseClock(phases);
    const chunks = bundleJsonChunks(bundle);
    const length = chunks.reduce((sum, c) => sum + c.length, 0);
    phase('json');
    // Where the time went (W3C Server-Timing; bench:evidence reports it per phase, issue 12).
    res.setHeader('Server-Timing', serverTiming(phases));
    return new StreamableFile(Readable.from(chunks, { objectMode: false }), {
      type: 'application/json; charset=utf-8',
      disposition: `attachment; filename="${name}.json"`,
      length,
    });
  }
}

/** `stream;dur=12.3, log;dur=4.5, …` in the order the phases ran. */
export function serverTiming(phases: ExportPhases): string {
  return Object.entries(phases)
    .map(([name, ms]) => `${name};dur=${ms.toFixed(1)}`)
    .join(', ');
}
