import { basename } from 'node:path';
import { readReferenceSeeds, seedContractId } from '../../seeding';
import { EXAMPLE_CONTRACT_IDS } from './openapi-examples';

describe('OpenAPI examples', () => {
  it('are the ids the seeds give the reference contracts, so "Try it out" finds them', () => {
    const seeded = new Map(readReferenceSeeds().map((s) => [s.key, s.contract]));
    for (const [key, id] of Object.entries(EXAMPLE_CONTRACT_IDS)) {
      const contract = seeded.get(key);
      expect(contract?.contractId).toBe(id);
      expect(seedContractId(basename(contract!.file, '.txt'))).toBe(id);
    }
  });
});
