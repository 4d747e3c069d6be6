/**
 * Writes seeds/contracts/contract-00X.json from the domain's typed terms
 * (libs/domain/src/terms/examples/contract-00X.terms.ts), so the seed files and the typed
 * examples never drift (apps/api/src/seeding/seed-files.spec.ts checks they are equal).
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register seeds/write-contract-files.script.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractSeedFile, REFERENCE_CONTRACTS } from './reference-contracts';

for (const reference of REFERENCE_CONTRACTS) {
  const path = join(__dirname, 'contracts', `contract-${reference.key}.json`);
  writeFileSync(path, `${JSON.stringify(contractSeedFile(reference), null, 2)}\n`);
  console.log(`wrote ${path}`);
}
