import { basename } from 'node:path';
import { readReferenceSeeds, seedContractId } from '../../seeding';
import {
  CONTRACT_OF_PATH,
  EXAMPLE_CONTRACT_IDS,
  PATH_PARAMETER_EXAMPLES,
  pathParameterExample,
} from './openapi-examples';

/** The ids a seed history's commands name, by field (installmentId → start, second, …). */
function idsIn(
  history: { command: { data: Record<string, unknown> } }[],
): Map<string, Set<unknown>> {
  const ids = new Map<string, Set<unknown>>();
  for (const { command } of history) {
    for (const [field, value] of Object.entries(command.data)) {
      if (!ids.has(field)) ids.set(field, new Set());
      ids.get(field)!.add(value);
    }
  }
  return ids;
}

describe('OpenAPI examples', () => {
  const seeds = readReferenceSeeds();
  const byKey = new Map(seeds.map((s) => [s.key, s]));

  it('are the ids the seeds give the reference contracts, so "Try it out" finds them', () => {
    for (const [key, id] of Object.entries(EXAMPLE_CONTRACT_IDS)) {
      const contract = byKey.get(key)?.contract;
      expect(contract?.contractId).toBe(id);
      expect(seedContractId(basename(contract!.file, '.txt'))).toBe(id);
    }
  });

  it.each([
    ['/contracts/{contractId}/installments/{installmentId}/confirmation', 'installmentId'],
    ['/contracts/{contractId}/invoices/{invoiceId}/rejection', 'invoiceId'],
    ['/contracts/{contractId}/milestones/{milestoneId}/acceptance', 'milestoneId'],
    ['/contracts/{contractId}/reviews/{scheduleId}/{periodIndex}/report', 'scheduleId'],
    ['/contracts/{contractId}/reviews/{scheduleId}/{periodIndex}/report', 'periodIndex'],
    ['/contracts/{contractId}/staff-changes/{changeId}/approval', 'changeId'],
    ['/contracts/{contractId}/penalties/{penaltyId}/waiver', 'penaltyId'],
    ['/contracts/{contractId}/payment-restrictions/{restrictionId}/end', 'restrictionId'],
    ['/contracts/{contractId}/breach-notices/{noticeId}/cure', 'noticeId'],
    ['/contracts/{contractId}/termination-notices/{noticeId}/withdrawal', 'noticeId'],
    ['/contracts/{contractId}/force-majeure/{forceMajeureId}/end', 'forceMajeureId'],
  ])('%s: the example %s is one the history of the example contract names', (path, name) => {
    const contractId = pathParameterExample(path, 'contractId');
    const seed = seeds.find((s) => s.contract.contractId === contractId)!;
    expect(seed).toBeDefined();
    const example = pathParameterExample(path, name);
    expect(example).toBeDefined();
    expect([...(idsIn(seed.history).get(name) ?? [])]).toContain(example);
  });

  it('sends the refund, force-majeure and termination-notice paths to the contract that has them', () => {
    expect(pathParameterExample('/contracts/{contractId}/termination-refund', 'contractId')).toBe(
      EXAMPLE_CONTRACT_IDS['002'],
    );
    expect(pathParameterExample('/contracts/{contractId}/ledger', 'contractId')).toBe(
      EXAMPLE_CONTRACT_IDS['001'],
    );
    expect(CONTRACT_OF_PATH.map((c) => c.contract)).toEqual(['002', '003', '003']);
    expect(Object.keys(PATH_PARAMETER_EXAMPLES)).toContain('webhookId');
  });
});
