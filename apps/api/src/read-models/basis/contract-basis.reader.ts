import { Injectable } from '@nestjs/common';
import { streamIdFor } from '@app/domain';
import { EventStore, StreamNotFoundError, type RecordedEvent } from '@app/event-store';
import { foldInMemory, type AnyProjection } from '@app/projections';
import {
  ALL_PROJECTIONS,
  type BondRow,
  type ContractRow,
  type LedgerLineRow,
  type PaymentScheduleRow,
  type StreamSummaryRow,
  type TerminationRefundRow,
} from '@app/read-models';
import { ReadModelRepository } from '../read-model.repository';
import type { ContractRows } from '@app/read-models';

/**
 * What an answer was computed from, so that the same question asked again later gives the same
 * answer: repeat it with `knownAt` (and, to be exact, `position`).
 * - `knownAt`: the record time used (only events recorded at or before it count);
 * - `position`: the global position of the newest event of the contract the answer includes.
 */
export interface Basis {
  knownAt: string;
  position: string | null;
  /** `projections`: the live read-model rows; `stream`: the stream folded in memory. */
  computedFrom: 'projections' | 'stream';
}

/** Every read-model row of one contract, at one basis. */
export interface ContractAtBasis {
  basis: Basis;
  rows: ContractRows | null;
  lines: LedgerLineRow[];
  stream: StreamSummaryRow | null;
  /** The contract's events the rows were folded from (stream mode only; else null). */
  events: RecordedEvent[] | null;
}

export interface BasisQuery {
  /** Record time (ISO date-time): only events recorded at or before it. */
  knownAt?: string;
  /** Global position: only events at or before it (the basis of an earlier answer). */
  position?: string;
  /**
   * With the events wanted too (timeline, obligations) and no basis asked for: when every event
   * recorded is known, take the projected rows (the same fold, already computed) if the
   * projections have applied the newest event, instead of folding the stream again.
   */
  preferProjections?: boolean;
}

function byName(name: string): AnyProjection {
  const projection = ALL_PROJECTIONS.find((p) => p.name === name);
  if (!projection) throw new Error(`projection ${name} is not registered`);
  return projection;
}

/** The rows of `name` for this contract, folded in memory from the contract's own events. */
function fold<Row>(name: string, events: RecordedEvent[]): Row[] {
  return [...foldInMemory(byName(name), events).values()] as Row[];
}

/** The events of a stream known at `knownAt` and not after `position`. */
export function eventsKnownAt(
  events: readonly RecordedEvent[],
  knownAt: string,
  position?: bigint,
): RecordedEvent[] {
  const limit = Date.parse(knownAt);
  return events.filter(
    (e) => Date.parse(e.recordedAt) <= limit && (position === undefined || e.position <= position),
  );
}

/**
 * A contract's read-model rows as known at a record time (issue 11). Without `knownAt` and
 * `position` these are the live projected rows; with either, the contract's stream is read, the
 * events recorded later are dropped, and the very projections the projector runs are folded in
 * memory (foldInMemory, the runner's own fold) into the same rows — so every view renders from
 * one kind of input and one code path, and a correction recorded after `knownAt` is not applied.
 */
@Injectable()
export class ContractBasisReader {
  constructor(
    private readonly repo: ReadModelRepository,
    private readonly store: EventStore,
  ) {}

  async read(contractId: string, q: BasisQuery): Promise<ContractAtBasis> {
    if (q.knownAt === undefined && q.position === undefined) return this.live(contractId);
    const recorded = await this.readStream(contractId);
    const knownAt = q.knownAt ?? new Date().toISOString();
    const events = eventsKnownAt(
      recorded,
      knownAt,
      q.position === undefined ? undefined : BigInt(q.position),
    );
    if (q.preferProjections && events.length > 0 && events.length === recorded.length) {
      // Everything recorded is known at the basis: the projected rows are the same fold, already
      // computed, once the projections have applied the stream's newest event.
      const live = await this.live(contractId);
      const newest = events[events.length - 1].position.toString();
      if (live.basis.position === newest)
        return { ...live, events, basis: { ...live.basis, knownAt } };
    }
    return { ...rowsOf(contractId, events), events, basis: basisOf(knownAt, events, 'stream') };
  }

  /** The contract's whole stream (empty for an unknown contract). */
  async readStream(contractId: string): Promise<RecordedEvent[]> {
    try {
      return await this.store.readStream(streamIdFor(contractId));
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  /**
   * The projected rows. Their basis is the record time and position of the contract's newest
   * projected event: every event of the contract recorded by then is in them, so asking again
   * with that knownAt (or position) gives the same answer — and the answer itself does not
   * change from one request to the next while nothing new is recorded.
   */
  private async live(contractId: string): Promise<ContractAtBasis> {
    const [rows, lines, stream] = await Promise.all([
      this.repo.contractRows(contractId),
      this.repo.lines(contractId),
      this.repo.streamSummary(streamIdFor(contractId)),
    ]);
    const position = stream ? String(stream.last_position) : null;
    const knownAt = stream ? String(stream.last_recorded_at) : new Date(0).toISOString();
    return {
      rows,
      lines,
      stream,
      events: null,
      basis: { knownAt, position, computedFrom: 'projections' },
    };
  }
}

function basisOf(
  knownAt: string,
  events: RecordedEvent[],
  computedFrom: Basis['computedFrom'],
): Basis {
  const last = events.reduce<bigint | null>(
    (max, e) => (max === null || e.position > max ? e.position : max),
    null,
  );
  return { knownAt, position: last === null ? null : last.toString(), computedFrom };
}

/** The rows the projections hold for one contract after exactly these events. */
export function rowsOf(
  contractId: string,
  events: RecordedEvent[],
): Pick<ContractAtBasis, 'rows' | 'lines' | 'stream'> {
  const contract = fold<ContractRow>('contracts', events)[0];
  const one = <Row>(name: string) => fold<Row>(name, events)[0] ?? null;
  const lines = fold<LedgerLineRow>('ledger_lines', events).sort(
    (a, b) =>
      Number(BigInt(String(a.position)) - BigInt(String(b.position))) ||
      Number(a.line_no) - Number(b.line_no),
  );
  const rows: ContractRows | null = contract
    ? {
        contract,
        schedule: one<PaymentScheduleRow>('payment_schedules'),
        bond: one<BondRow>('bonds'),
        refund: one<TerminationRefundRow>('termination_refunds'),
      }
    : null;
  void contractId;
  return { rows, lines, stream: one<StreamSummaryRow>('stream_summary') };
}
