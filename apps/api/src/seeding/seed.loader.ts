import type { CommandBus } from '@nestjs/cqrs';
import { ContractCommandMessage } from '../contracts/shared/contract-command.message';
import { commandOfStep } from './seed-command';
import { seedCommandId, seedCorrelationId } from './seed-ids';
import type { ReferenceSeed } from './seed.types';

export interface SeedReport {
  key: string;
  contractId: string;
  /** Steps that appended events now. */
  applied: number;
  /** Steps found already applied (a reload): nothing appended. */
  skipped: number;
  /** Revision of the contract's stream after the last step loaded (-1: nothing loaded). */
  revision: number;
  /** Global position of the stream's last event. */
  position: string | null;
  /** The step the decider or the store refused; the contract's later steps were not tried. */
  failure: { step: number; type: string; reason: string } | null;
}

export interface SeedLog {
  info(message: string): void;
  error(message: string): void;
}

const SILENT: SeedLog = { info: () => undefined, error: () => undefined };

/**
 * Loads reference contracts through the command side, step by step: each step is the same
 * ContractCommandMessage an HTTP endpoint sends, through the same CommandBus and handler
 * (ContractCommandHandler), so a seeded history is decided exactly as it would be if keyed in.
 * Each step's command id is
 * derived from the contract and the step number, so running the loader again appends nothing:
 * the executor finds the step's events already in the stream and answers with them. A refused
 * step stops that contract (reported in `failure`); the other contracts still load.
 */
export async function loadSeeds(
  commands: CommandBus,
  seeds: ReferenceSeed[],
  log: SeedLog = SILENT,
): Promise<SeedReport[]> {
  const reports: SeedReport[] = [];
  for (const seed of seeds) {
    const report = await loadSeed(commands, seed);
    const summary =
      `contract ${seed.key} (${report.contractId}): ${report.applied} step(s) applied, ` +
      `${report.skipped} already present, stream revision ${report.revision}`;
    if (report.failure) {
      const { step, type, reason } = report.failure;
      log.error(`${summary}; step ${step} (${type}) was refused: ${reason}`);
    } else log.info(summary);
    reports.push(report);
  }
  return reports;
}

async function loadSeed(commands: CommandBus, seed: ReferenceSeed): Promise<SeedReport> {
  const { contractId } = seed.contract;
  const correlationId = seedCorrelationId(contractId);
  const report: SeedReport = {
    key: seed.key,
    contractId,
    applied: 0,
    skipped: 0,
    revision: -1,
    position: null,
    failure: null,
  };
  for (const step of seed.history) {
    try {
      const message = ContractCommandMessage.of(contractId, commandOfStep(step, seed.contract), {
        commandId: seedCommandId(contractId, step.step),
        actor: `seed:${step.actor}`,
        correlationId,
      });
      const result = await commands.execute(message);
      if (result.idempotent) report.skipped += 1;
      else report.applied += 1;
      report.revision = result.revision;
      report.position = result.position;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report.failure = { step: step.step, type: step.command.type, reason };
      break;
    }
  }
  return report;
}
