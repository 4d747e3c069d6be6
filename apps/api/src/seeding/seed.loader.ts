import type { CommandBus } from '@nestjs/cqrs';
import { RecordTimeRefusedError } from '@app/event-store';
import {
  ContractCommandMessage,
  type ContractCommandResult,
} from '../contracts/shared/contract-command.message';
import { commandOfStep } from './seed-command';
import { seedCommandId, seedCorrelationId } from './seed-ids';
import { seedRecordTimes } from './seed-record-times';
import type { ReferenceSeed } from './seed.types';

export interface SeedReport {
  key: string;
  contractId: string;
  /** Steps that appended events now. */
  applied: number;
  /** Steps found already applied (a reload): nothing appended. */
  skipped: number;
  /**
   * Steps appended at load time rather than at their record time, because the store refused to
   * backdate (production, EventStoreDB, a database already holding later events).
   */
  recordedAtLoadTime: number;
  /** Revision of the contract's stream after the last step loaded (-1: nothing loaded). */
  revision: number;
  /** Global position of the stream's last event. */
  position: string | null;
  /** The step the decider or the store refused; the contract's later steps were not tried. */
  failure: { step: number; type: string; reason: string } | null;
}

export interface SeedLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const SILENT: SeedLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Loads reference contracts through the command side, step by step: each step is the same
 * ContractCommandMessage an HTTP endpoint sends, through the same CommandBus and handler
 * (ContractCommandHandler), so a seeded history is decided exactly as it would be if keyed in.
 * Each step's command id is derived from the contract and the step number, so running the loader
 * again appends nothing: the executor finds the step's events already in the stream and answers
 * with them (without asking the store to record anything). A refused step stops that contract
 * (reported in `failure`); the other contracts still load.
 *
 * Record time (issue 11; why the loader alone may backdate: seed-record-times.ts): each step is
 * appended at its record time (AppendOptions.recordedAt, passed through the command context), and
 * the contracts' steps are interleaved in one record-time order — the store keeps record time
 * non-decreasing in its global order, so 002's 2021 steps go before 000's 2022 ones. Where the
 * store will not backdate — production (NODE_ENV=production), EventStoreDB, a database that
 * already holds later events (a new contract added to a used one), a time ahead of the store's
 * clock — the step and every later one are recorded at load time, which is then the truth of
 * when the ledger learnt them; reported per contract in `recordedAtLoadTime` and logged as a
 * warning, never silently.
 */
export async function loadSeeds(
  commands: CommandBus,
  seeds: ReferenceSeed[],
  log: SeedLog = SILENT,
): Promise<SeedReport[]> {
  const loads: SeedLoad[] = seeds.map((seed) => ({
    seed,
    times: seedRecordTimes(seed),
    next: 0,
    report: {
      key: seed.key,
      contractId: seed.contract.contractId,
      applied: 0,
      skipped: 0,
      recordedAtLoadTime: 0,
      revision: -1,
      position: null,
      failure: null,
    },
  }));
  const recording: Recording = { live: false, log };
  for (let load = earliest(loads); load; load = earliest(loads)) {
    await loadStep(commands, load, recording);
  }
  for (const { seed, report } of loads) {
    const live =
      report.recordedAtLoadTime > 0 ? `, ${report.recordedAtLoadTime} recorded at load time` : '';
    const summary =
      `contract ${seed.key} (${report.contractId}): ${report.applied} step(s) applied, ` +
      `${report.skipped} already present, stream revision ${report.revision}${live}`;
    if (report.failure) {
      const { step, type, reason } = report.failure;
      log.error(`${summary}; step ${step} (${type}) was refused: ${reason}`);
    } else log.info(summary);
  }
  return loads.map((l) => l.report);
}

interface SeedLoad {
  seed: ReferenceSeed;
  /** Each step's record time (seedRecordTimes). */
  times: string[];
  /** Index of the next step to load. */
  next: number;
  report: SeedReport;
}

interface Recording {
  /** Set once the store refused a backdated append: the rest is recorded at load time. */
  live: boolean;
  log: SeedLog;
}

/** The contract whose next step has the earliest record time (the first one given on a tie). */
function earliest(loads: SeedLoad[]): SeedLoad | undefined {
  let best: SeedLoad | undefined;
  for (const load of loads) {
    if (load.report.failure || load.next >= load.seed.history.length) continue;
    if (!best || load.times[load.next] < best.times[best.next]) best = load;
  }
  return best;
}

async function loadStep(commands: CommandBus, load: SeedLoad, recording: Recording): Promise<void> {
  const { seed, report } = load;
  const { contractId } = seed.contract;
  const step = seed.history[load.next];
  const time = load.times[load.next];
  load.next += 1;
  const execute = (recordedAt: string | undefined) =>
    commands.execute(
      ContractCommandMessage.of(contractId, commandOfStep(step, seed.contract), {
        commandId: seedCommandId(contractId, step.step),
        actor: `seed:${step.actor}`,
        correlationId: seedCorrelationId(contractId),
        ...(recordedAt === undefined ? {} : { recordedAt }),
      }),
    );
  try {
    let live = recording.live;
    let result: ContractCommandResult;
    try {
      result = await execute(live ? undefined : time);
    } catch (error) {
      if (live || !(error instanceof RecordTimeRefusedError) || error.reason === 'malformed')
        throw error;
      recording.live = live = true;
      recording.log.warn(
        `the store does not backdate (${error.reason}): seed ${seed.key} step ${step.step} and ` +
          `every later step are recorded at load time, not at their story's times — ${error.message}`,
      );
      result = await execute(undefined);
    }
    if (result.idempotent) report.skipped += 1;
    else {
      report.applied += 1;
      if (live) report.recordedAtLoadTime += 1;
    }
    report.revision = result.revision;
    report.position = result.position;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    report.failure = { step: step.step, type: step.command.type, reason };
  }
}
