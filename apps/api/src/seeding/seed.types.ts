import type { ContractCommand, ContractTerms, SignContract } from '@app/domain';
import type { Role } from '@app/platform';

/** seeds/contracts/contract-00X.json: one reference contract, its terms as the domain types them. */
export interface SeedContractFile {
  /** The contract's id in the ledger (stream `contract-<contractId>`). */
  contractId: string;
  /** The source text in shared/contracts/, e.g. "000_d656c2c08ac49afd.txt". */
  file: string;
  title: string;
  /** Facts the text leaves out and the value chosen for them, in plain words. */
  assumptions: string[];
  terms: ContractTerms;
}

/** The signing step names the contract; its terms come from the contract file. */
export type SeedSignContract = Omit<SignContract, 'data'> & {
  data: Omit<SignContract['data'], 'terms'>;
};

export type SeedCommand = Exclude<ContractCommand, SignContract> | SeedSignContract;

/** One dated step of a history (seeds/histories/contract-00X.history.json). */
export interface SeedStep {
  /** 1, 2, 3 … in order; with the contract id it names the command forever (idempotent reloads). */
  step: number;
  /** What happened, in plain English, citing the clause. */
  note: string;
  /** The role that records the fact (recorded as actor `seed:<role>`). */
  actor: Role;
  command: SeedCommand;
  /**
   * When the ledger learnt of it (ISO date-time with a zone), where the story needs it — e.g.
   * 000's correction keyed in weeks after the payment it corrects. Without it the step is
   * recorded at the end of its business day (seedRecordTimes, seed-record-times.ts).
   */
  recordedAt?: string;
}

/** A contract with its history, ready to load. */
export interface ReferenceSeed {
  /** "000" … "004". */
  key: string;
  contract: SeedContractFile;
  history: SeedStep[];
}
