import { Injectable } from '@nestjs/common';
import { streamIdFor } from '@app/domain';
import { EventStore, StreamNotFoundError, type RecordedEvent } from '@app/event-store';
import { PrefixFolds, foldInMemory, type AnyProjection, type ReadModelRow } from '@app/projections';
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
import { StreamEventsCache, knownPrefixLength } from './stream-events.cache';

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
  /** The contract's events the answer is of (known at the basis), in revision order. */
  events: RecordedEvent[];
}

export interface BasisQuery {
  /** Record time (ISO date-time): only events recorded at or before it. */
  knownAt?: string;
  /** Global position: only events at or before it (the basis of an earlier answer). */
  position?: string;
}

function byName(name: string): AnyProjection {
  const projection = ALL_PROJECTIONS.find((p) => p.name === name);
  if (!projection) throw new Error(`projection ${name} is not registered`);
  return projection;
}

/** The projections a contract's rows come from, in the order rowsFromTables reads them. */
const CONTRACT_PROJECTIONS = [
  'contracts',
  'payment_schedules',
  'bonds',
  'termination_refunds',
  'ledger_lines',
  'stream_summary',
] as const;

/** Each of CONTRACT_PROJECTIONS' tables folded in memory from the contract's own events. */
function tablesOf(events: RecordedEvent[]): Map<string, ReadModelRow>[] {
  return CONTRACT_PROJECTIONS.map((name) => foldInMemory(byName(name), events));
}

/**
 * Caches of the stream-mode reads (issue 11, bench:timeline): streams by id (only new events are
 * read), and the projections' tables at every 256th event of a stream, so an answer as known at
 * a record time folds at most 256 events from the snapshot below it. Bounds: 200,000 events and
 * snapshots of 1,000,000 folded events in all (a snapshot's rows grow with its events).
 */
const STREAM_CACHE_EVENTS = 200_000;
const SNAPSHOT_EVERY = 256;
const SNAPSHOT_WEIGHT = 1_000_000;

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
 * A contract's read-model rows as known at a record time (issue 11; now when none is asked): the
 * contract's stream is read (only its new events: StreamEventsCache), the events recorded later
 * are dropped, and the very projections the projector runs are folded in
 * memory (foldInMemory, the runner's own fold) into the same rows — so every view renders from
 * one kind of input and one code path, and a correction recorded after `knownAt` is not applied.
 */
@Injectable()
export class ContractBasisReader {
  private readonly streams: StreamEventsCache;
  private readonly folds = new PrefixFolds(
    CONTRACT_PROJECTIONS.map((name) => byName(name)),
    { every: SNAPSHOT_EVERY, maxWeight: SNAPSHOT_WEIGHT },
  );
  /**
   * False: every stream-mode answer reads the whole stream and folds it from its first event,
   * as before the caches (bench:timeline measures both in one run; the answers are identical,
   * contract-basis.cache.spec.ts).
   */
  caching = true;

  constructor(
    private readonly repo: ReadModelRepository,
    private readonly store: EventStore,
  ) {
    this.streams = new StreamEventsCache(store, STREAM_CACHE_EVENTS);
  }

  /**
   * Known now (no knownAt, no position), the rows are folded from the cached stream too, not
   * read from the projected tables: the projections commit in their own transactions, so the
   * rows of one contract read from several tables can be of different positions while the
   * projector is busy, and the fold of a 10,000-event contract from its last kept snapshot
   * (below 256 events) costs a tenth of reading its rows back through TypeORM (bench:timeline,
   * issue 11: ~300 ms at 10,000 events). The answer's knownAt is then the record time of the
   * newest event in it, so it is the same answer while nothing new is recorded, and asking again
   * with that basis gives it again.
   */
  async read(contractId: string, q: BasisQuery): Promise<ContractAtBasis> {
    if (!this.caching) return this.readUncached(contractId, q);
    const streamId = streamIdFor(contractId);
    const stream = await this.streams.read(streamId);
    const knownAt = q.knownAt ?? new Date().toISOString();
    const position = q.position === undefined ? undefined : BigInt(q.position);
    const length = knownPrefixLength(stream, knownAt, position);
    const events =
      length === null
        ? eventsKnownAt(stream.events, knownAt, position)
        : stream.events.slice(0, length);
    const at =
      length === null
        ? rowsOf(contractId, events)
        : rowsFromTables(this.folds.tablesAt(streamId, stream.events, length));
    const now = q.knownAt === undefined && q.position === undefined;
    // A prefix's newest record time is its last one (record times rise with the revisions).
    const newest = length === null ? newestRecordedAt(events) : events.at(-1)?.recordedAt;
    const basisKnownAt = now ? (newest ?? new Date(0).toISOString()) : knownAt;
    return { ...at, events, basis: basisOf(basisKnownAt, events, 'stream') };
  }

  /**
   * The same answers without the caches: known now, the projected rows; else the whole stream
   * read and folded from its first event.
   */
  private async readUncached(contractId: string, q: BasisQuery): Promise<ContractAtBasis> {
    const recorded = await this.readStream(contractId);
    if (q.knownAt === undefined && q.position === undefined)
      return { ...(await this.live(contractId)), events: recorded };
    const knownAt = q.knownAt ?? new Date().toISOString();
    const events = eventsKnownAt(
      recorded,
      knownAt,
      q.position === undefined ? undefined : BigInt(q.position),
    );
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
  private async live(contractId: string): Promise<Omit<ContractAtBasis, 'events'>> {
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
      basis: { knownAt, position, computedFrom: 'projections' },
    };
  }
}

/** The record time of the newest of these events (undefined for none). */
function newestRecordedAt(events: readonly RecordedEvent[]): string | undefined {
  let newest: string | undefined;
  let newestMs = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    const ms = Date.parse(e.recordedAt);
    if (ms > newestMs) [newest, newestMs] = [e.recordedAt, ms];
  }
  return newest;
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
  void contractId;
  return rowsFromTables(tablesOf(events));
}

/** A contract's rows from CONTRACT_PROJECTIONS' tables (one row each; lines in log order). */
function rowsFromTables(
  tables: readonly ReadonlyMap<string, ReadModelRow>[],
): Pick<ContractAtBasis, 'rows' | 'lines' | 'stream'> {
  const [contracts, schedules, bonds, refunds, lineTable, streams] = tables;
  const one = <Row>(table: ReadonlyMap<string, ReadModelRow>) =>
    (table.values().next().value as Row | undefined) ?? null;
  const contract = one<ContractRow>(contracts);
  const rows: ContractRows | null = contract
    ? {
        contract,
        schedule: one<PaymentScheduleRow>(schedules),
        bond: one<BondRow>(bonds),
        refund: one<TerminationRefundRow>(refunds),
      }
    : null;
  return { rows, lines: inLogOrder(lineTable), stream: one<StreamSummaryRow>(streams) };
}

/** Ledger lines by global position, then line number (each position parsed once). */
function inLogOrder(table: ReadonlyMap<string, ReadModelRow>): LedgerLineRow[] {
  const keyed = [...table.values()].map((row) => {
    const line = row as LedgerLineRow;
    return { line, position: BigInt(String(line.position)), no: Number(line.line_no) };
  });
  keyed.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : a.no - b.no));
  return keyed.map((k) => k.line);
}
