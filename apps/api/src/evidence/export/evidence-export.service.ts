import { Inject, Injectable, Optional } from '@nestjs/common';
import { chinaCalendar, streamIdFor } from '@app/domain';
import { EventStore } from '@app/event-store';
import {
  EvidenceBundle,
  NoteSigner,
  attachReportPdf,
  buildBundle,
  calendarVersionsIn,
  withoutReportPdf,
} from '@app/evidence';
import { PostgresEvidenceLog } from '@app/evidence/postgres';
import { ProblemException } from '../../common';
import { EvidenceScheduler } from '../evidence.scheduler';
import { todayInChina } from '@app/read-models';
import { LEDGER_SIGNER } from '../signing/ledger-signer';
import { evidenceTimeline } from './evidence-timeline';
import { ContractBasisReader } from '../../read-models/basis/contract-basis.reader';
import { ReportPdfRenderer } from './report-pdf.renderer';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../../../../package.json') as { version: string };

export interface EvidenceScope {
  asOf?: string;
  knownAt?: string;
  since?: number;
  now: Date;
  /** False: no PDF of the report (?format=html serves the HTML only); default true. */
  pdf?: boolean;
  /** Filled with the milliseconds each phase took (the controller's Server-Timing header). */
  phases?: ExportPhases;
}

/** Milliseconds per phase of one export, in the order they ran (bench:evidence reports them). */
export type ExportPhases = Partial<Record<ExportPhase, number>>;
export type ExportPhase =
  'stream' | 'log' | 'proofs' | 'basis' | 'timeline' | 'bundle' | 'pdf' | 'json';

/** Starts a clock; each call of the result adds the time since the last one to `phase`. */
export function phaseClock(phases: ExportPhases | undefined): (phase: ExportPhase) => void {
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    if (phases) phases[phase] = (phases[phase] ?? 0) + (now - last);
    last = now;
  };
}

/**
 * Builds a contract's evidence export from the store (the events as they are now) and the
 * evidence log (where each was recorded, and the proofs). Tampering with either shows up when the
 * export is verified: the export never repairs what it reads.
 */
@Injectable()
export class EvidenceExportService {
  constructor(
    private readonly store: EventStore,
    private readonly log: PostgresEvidenceLog,
    private readonly scheduler: EvidenceScheduler,
    @Inject(LEDGER_SIGNER) private readonly signer: NoteSigner,
    private readonly pdf: ReportPdfRenderer,
    /** The legal views' reader (global with the read models): its folds are reused when present. */
    @Optional() private readonly basis?: ContractBasisReader,
  ) {}

  async export(contractId: string, scope: EvidenceScope): Promise<EvidenceBundle> {
    const phase = phaseClock(scope.phases);
    const streamId = streamIdFor(contractId);
    const stored = await this.store.readStream(streamId); // 404 for an unknown contract
    const knownAt = scope.knownAt ? new Date(scope.knownAt).getTime() : Infinity;
    const events = stored.filter((e) => new Date(e.recordedAt).getTime() <= knownAt);
    phase('stream');
    await this.scheduler.catchUp();
    const leaves = await this.log.streamLeaves(streamId);
    const leafOf = new Map(leaves.map((l) => [l.eventId, l]));
    const missing = events.find((e) => !leafOf.has(e.eventId));
    if (missing) {
      throw new ProblemException({
        status: 503,
        code: 'EVIDENCE_LOG_BEHIND',
        title: 'Evidence log not caught up',
        detail: `revision ${missing.revision} of ${streamId} is not in the evidence log yet; retry in a moment`,
        headers: { 'Retry-After': '1' },
      });
    }
    const newestLeaf = Math.max(-1, ...events.map((e) => leafOf.get(e.eventId)!.leafIndex));
    // Proven against the log as it is now: the newest checkpoint if it has exactly the log's size,
    // else a new one. (A newest checkpoint larger than the log means the log was cut short; the
    // export is still made from the log as it is, and the reader's earlier checkpoint shows it.)
    let checkpoint = await this.log.latestCheckpoint();
    const size = await this.log.treeSize();
    if (!checkpoint || checkpoint.treeSize !== size || checkpoint.treeSize <= newestLeaf) {
      checkpoint = await this.scheduler.signNow('export');
    }
    const treeSize = checkpoint.treeSize;
    const storedIds = new Set(stored.map((e) => e.eventId));
    const absent = leaves
      .filter((l) => !storedIds.has(l.eventId) && l.leafIndex < treeSize)
      .map((l) => ({
        leafIndex: l.leafIndex,
        revision: l.revision,
        eventId: l.eventId,
        leafHash: l.leafHash.toString('hex'),
      }));
    const indexes = events.map((e) => leafOf.get(e.eventId)!.leafIndex);
    phase('log');
    const proofs = await this.log.inclusionProofsHex(indexes, treeSize);
    const consistency = scope.since ? await this.consistencySince(scope.since, treeSize) : null;
    phase('proofs');
    // The legal timeline of the same scope: asOf today (China) when none is asked for.
    const timelineKnownAt = scope.knownAt ?? scope.now.toISOString();
    const at = await this.basis?.read(contractId, { knownAt: timelineKnownAt });
    phase('basis');
    const timeline = evidenceTimeline(
      contractId,
      events,
      scope.asOf ?? todayInChina(scope.now.getTime()),
      timelineKnownAt,
      at,
    );
    // The calendars actually used (README "Calendar"): those the timeline's derived deadlines were
    // counted with now — operator-published years of the `calendar` stream included — and those the
    // events recorded when decided; not merely the package's data version.
    const calendarUsed = calendarVersionsIn(
      timeline.value.entries.filter((e) => e.entry === 'derived'),
    );
    const calendarRecorded = calendarVersionsIn(events.map((e) => e.data));
    const calendar = calendarUsed.length > 0 ? calendarUsed.join('+') : chinaCalendar().dataVersion;
    const wantPdf = scope.pdf !== false;
    const lastPosition = treeSize === 0 ? null : await this.log.positionOfLeaf(treeSize - 1);
    phase('timeline');
    const bundle = buildBundle({
      pdfAbsent: wantPdf ? (this.pdf.unavailable() ?? undefined) : 'not asked for (?format=html)',
      manifest: {
        contractId,
        streamId,
        generatedAt: scope.now.toISOString(),
        scope: { asOf: scope.asOf ?? null, knownAt: scope.knownAt ?? null },
        basis: {
          origin: this.log.origin,
          treeSize,
          lastPosition,
        },
        versions: {
          rules: `contract-ledger@${version}`,
          calendar,
          calendarUsed,
          calendarRecorded,
        },
      },
      signer: this.signer,
      checkpoint: checkpoint.note,
      events: events.map((e, i) => ({
        leafIndex: indexes[i],
        content: e,
        recordedAt: e.recordedAt,
        chainHash: e.hash,
        hashVersion: e.hashVersion,
        position: e.position.toString(),
        inclusionProof: proofs[i],
      })),
      absent,
      consistency,
      timeline,
    });
    phase('bundle');
    if (!wantPdf || this.pdf.unavailable()) return bundle;
    const printed = await this.pdf.render(bundle.reportHtml);
    const withPdf =
      'pdf' in printed
        ? attachReportPdf(bundle, printed.pdf, printed.renderer, this.signer)
        : withoutReportPdf(bundle, printed.absent, this.signer);
    phase('pdf');
    return withPdf;
  }

  private async consistencySince(since: number, treeSize: number) {
    const from = await this.log.checkpointOfSize(since);
    if (!from) {
      throw new ProblemException({
        status: 422,
        code: 'UNKNOWN_CHECKPOINT',
        title: 'Unknown checkpoint',
        detail: `the ledger signed no checkpoint of tree size ${since} (see GET /checkpoints)`,
        errors: [
          {
            field: 'since',
            rule: 'knownCheckpoint',
            message: `no checkpoint of tree size ${since}`,
          },
        ],
      });
    }
    if (since > treeSize) {
      throw new ProblemException({
        status: 422,
        code: 'CHECKPOINT_AFTER_EXPORT',
        title: 'Checkpoint newer than the export',
        detail: `since=${since} is larger than the export's tree size ${treeSize}`,
      });
    }
    return {
      fromCheckpoint: from.note,
      proof: since === treeSize ? [] : await this.log.consistencyProof(since, treeSize),
    };
  }
}
