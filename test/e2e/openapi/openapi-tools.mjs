// Runs the ecosystem's tools on an OpenAPI document (a JSON file, the first argument) and prints what they say as
// JSON: @apidevtools/swagger-parser's validation, Redocly's openapi-core lint against
// ./redocly.yaml (+ .redocly.lint-ignore.yaml), and the client types openapi-typescript
// generates (prettier-formatted like the repository). With `--client` as the second argument,
// only the client types (what generate-client.ts writes). A separate process because these are
// ES modules and the jest specs run as CommonJS.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

const root = resolve(import.meta.dirname, '../../..');
const source = readFileSync(process.argv[2], 'utf8'); // a file: reading a large stdin pipe can fail with EAGAIN
const clientOnly = process.argv[3] === '--client';

const generatedPath = resolve(import.meta.dirname, 'client/ledger-api.generated.ts');
const header =
  '// Generated from GET /openapi.json by openapi-typescript (npm run openapi:client, the first\n' +
  '// step of npm test); not committed. openapi-contract.e2e-spec.ts fails when it differs from\n' +
  '// the served document.\n';
const clientTypes = await format(header + astToString(await openapiTS(JSON.parse(source))), {
  ...((await resolveConfig(generatedPath)) ?? {}),
  filepath: generatedPath,
});
process.stdout.write(
  JSON.stringify(clientOnly ? { clientTypes } : { ...(await judge(source)), clientTypes }),
);

/** swagger-parser's validation and Redocly's problems. */
async function judge(source) {
  let swaggerParser;
  try {
    await SwaggerParser.validate(JSON.parse(source));
    swaggerParser = { valid: true };
  } catch (error) {
    swaggerParser = { valid: false, error: String(error?.message ?? error) };
  }
  const config = await loadConfig({ configPath: resolve(root, 'redocly.yaml') });
  const results = await lintFromString({
    source,
    absoluteRef: resolve(root, 'openapi.json'),
    config,
  });
  const redocly = results.map((r) => ({
    ruleId: r.ruleId,
    severity: r.severity,
    message: r.message,
    pointer: r.location?.[0]?.pointer,
    ignored: r.ignored === true,
  }));
  return { swaggerParser, redocly };
}
