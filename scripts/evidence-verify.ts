/**
 * npm run evidence:verify -- FILE [--key PUBKEY] [--checkpoint FILE] [--receipt FILE]… [--json]
 *
 * Verifies an evidence export offline: no database, no network, nothing of the ledger but the
 * pure library (libs/evidence). PUBKEY is the ledger's verifier key text
 * (`<name>+<key id>+<base64>`, as GET /checkpoints publishes it) or a file holding it; --checkpoint
 * is a checkpoint you obtained earlier (a signed note), --receipt a receipt kept from a command
 * response (repeatable). Exit status: 0 every check passed, 1 a check failed, 2 bad usage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { EvidenceBundle, VerifyOptions, verifyBundle } from '@app/evidence';

const USAGE =
  'usage: npm run evidence:verify -- FILE [--key PUBKEY|FILE] [--checkpoint FILE] [--receipt FILE]... [--json]';

function parse(argv: string[]): { file: string; options: VerifyOptions; json: boolean } {
  const options: VerifyOptions = { receipts: [] };
  let file: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--key') {
      const v = value();
      options.trustedKey = existsSync(v) ? readFileSync(v, 'utf8').trim() : v;
    } else if (arg === '--checkpoint') options.heldCheckpoint = readFileSync(value(), 'utf8');
    else if (arg === '--receipt') options.receipts!.push(readFileSync(value(), 'utf8'));
    else if (arg === '--json') json = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new Error(`one export file at a time (got ${file} and ${arg})`);
  }
  if (!file) throw new Error('no export file given');
  return { file, options, json };
}

function main(): number {
  let args: ReturnType<typeof parse>;
  let bundle: EvidenceBundle;
  try {
    args = parse(process.argv.slice(2));
    bundle = JSON.parse(readFileSync(args.file, 'utf8')) as EvidenceBundle;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const report = verifyBundle(bundle, args.options);
  if (args.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(
      `evidence export of contract ${report.contractId ?? '?'}: ${report.eventsChecked} events, tree size ${report.treeSize ?? '?'}\n`,
    );
    for (const f of report.findings) {
      const mark = f.severity === 'failure' ? 'FAIL' : f.severity === 'warning' ? 'WARN' : ' ok ';
      process.stdout.write(`[${mark}] ${f.check}: ${f.message}\n`);
    }
    process.stdout.write(report.ok ? 'VERIFIED\n' : 'NOT VERIFIED\n');
  }
  return report.ok ? 0 : 1;
}

process.exitCode = main();
