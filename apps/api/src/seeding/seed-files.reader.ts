import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONTRACT_COMMAND_TYPES, ContractCommandType } from '@app/domain';
import { isRole } from '@app/platform';
import { seedRecordTimes } from './seed-record-times';
import type { ReferenceSeed, SeedContractFile, SeedStep } from './seed.types';

/**
 * The repository's seeds/ folder: the nearest one above this file, which lives in
 * apps/api/src/seeding/ (run from source) or dist/apps/api/src/seeding/ (compiled).
 */
export const SEEDS_DIR = nearestSeedsDir(__dirname);

function nearestSeedsDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'seeds', 'contracts'))) return join(dir, 'seeds');
    if (dirname(dir) === dir) return resolve(from, '../../../../seeds');
  }
}

const CONTRACT_FILE = /^contract-(\d{3})\.json$/;

/**
 * Reads seeds/contracts/contract-00X.json and seeds/histories/contract-00X.history.json, in key
 * order. Only the envelope is checked here (ids, step numbering, actors, command types, record
 * times): the terms and every command are judged by the decider when the seeds are loaded.
 */
export function readReferenceSeeds(dir: string = SEEDS_DIR): ReferenceSeed[] {
  const names = readdirSync(join(dir, 'contracts'))
    .filter((name) => CONTRACT_FILE.test(name))
    .sort();
  if (names.length === 0) throw new Error(`No contract seeds in ${join(dir, 'contracts')}`);
  return names.map((name) => {
    const key = CONTRACT_FILE.exec(name)![1];
    const contract = readJson<SeedContractFile>(join(dir, 'contracts', name));
    const historyPath = join(dir, 'histories', `contract-${key}.history.json`);
    const history = readJson<SeedStep[]>(historyPath);
    checkContract(contract, name);
    checkHistory(history, contract, historyPath);
    seedRecordTimes({ key, history }); // throws on a malformed or backward recordedAt
    return { key, contract, history };
  });
}

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`Cannot read seed file ${path}: ${String(error)}`);
  }
}

function checkContract(contract: SeedContractFile, where: string): void {
  const problems: string[] = [];
  if (typeof contract.contractId !== 'string' || contract.contractId === '')
    problems.push('contractId missing');
  if (typeof contract.file !== 'string') problems.push('file missing');
  if (!Array.isArray(contract.assumptions)) problems.push('assumptions must be a list');
  if (typeof contract.terms !== 'object' || contract.terms === null) problems.push('terms missing');
  if (problems.length > 0) throw new Error(`${where}: ${problems.join('; ')}`);
}

function checkHistory(history: SeedStep[], contract: SeedContractFile, where: string): void {
  if (!Array.isArray(history) || history.length === 0) throw new Error(`${where}: empty history`);
  const types = new Set<string>(CONTRACT_COMMAND_TYPES);
  history.forEach((s, i) => {
    const at = `${where} step ${i + 1}`;
    if (s.step !== i + 1)
      throw new Error(`${at}: steps must be numbered 1, 2, 3 … (got ${s.step})`);
    if (typeof s.note !== 'string' || s.note.trim() === '') throw new Error(`${at}: note missing`);
    if (!isRole(s.actor)) throw new Error(`${at}: actor must be a role, got ${String(s.actor)}`);
    if (!types.has(s.command?.type as ContractCommandType))
      throw new Error(`${at}: unknown command type ${String(s.command?.type)}`);
  });
  const first = history[0].command;
  if (first.type !== 'SignContract' || first.data.contractId !== contract.contractId)
    throw new Error(`${where}: step 1 must sign contract ${contract.contractId}`);
}
