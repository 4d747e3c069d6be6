import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chainHashOf, leafHashOf } from '../leaf/evidence-leaf';
import { MemoryTree } from '../merkle/memory-tree';
import { formatCheckpoint } from '../note/checkpoint';
import { signNote } from '../note/signed-note';
import { buildBundle } from './build-bundle';
import { STANDALONE_VERIFIER_PY } from './standalone-verifier';

const python = spawnSync('python3', ['--version']).status === 0;

/** An export of one contract's six events interleaved with another stream's, as the log holds them. */
function exportFile(
  dir: string,
  tamper?: (bundle: { events: { content: { data: unknown } }[] }) => void,
) {
  const signer = {
    name: 'ledger.test/evidence',
    privateKey: generateKeyPairSync('ed25519').privateKey,
  };
  const tree = new MemoryTree();
  let previous = '0'.repeat(64);
  const events = Array.from({ length: 6 }, (_, revision) => {
    tree.appendLeafHash(
      leafHashOf({ content: { ...other(), revision }, recordedAt: 'x', chainHash: previous }),
    );
    const content = {
      eventId: randomUUID(),
      streamId: 'contract-x',
      revision,
      type: 'PaymentRecorded',
      schemaVersion: 1,
      data: { amount: '704100.00', memo: '北京市应急管理局 "第二期"\n', installment: revision },
      occurredAt: '2023-04-26',
      metadata: { actor: 'finance-desk', correlationId: randomUUID(), causationId: null },
    };
    previous = chainHashOf(previous, content);
    const event = {
      content,
      recordedAt: '2023-04-26T08:00:00.000Z',
      chainHash: previous,
      leafIndex: tree.size,
      inclusionProof: [] as Uint8Array[],
    };
    tree.appendLeafHash(leafHashOf(event));
    return event;
  });
  for (const e of events) e.inclusionProof = tree.inclusionProof(e.leafIndex);
  const bundle = buildBundle({
    manifest: {
      contractId: 'x',
      streamId: 'contract-x',
      generatedAt: '2026-12-01T21:00:00.000Z',
      scope: { asOf: null, knownAt: null },
      basis: { origin: signer.name, treeSize: tree.size, lastPosition: null },
      versions: { rules: 'test', calendar: 'test' },
    },
    signer,
    checkpoint: signNote(
      formatCheckpoint({
        origin: signer.name,
        treeSize: tree.size,
        rootHash: Buffer.from(tree.root()),
        extensions: [],
      }),
      signer,
    ),
    events,
    absent: [],
    consistency: null,
  });
  tamper?.(bundle as never);
  const file = join(dir, `export-${randomUUID()}.json`);
  writeFileSync(file, JSON.stringify(bundle));
  return { file, bundle };
}

function other() {
  return {
    eventId: randomUUID(),
    streamId: 'contract-other',
    type: 'InvoiceReceived',
    schemaVersion: 1,
    data: {},
    occurredAt: '2023-01-01',
    metadata: { actor: 'a', correlationId: 'c', causationId: null },
  };
}

(python ? describe : describe.skip)(
  'the standalone Python verifier shipped in the report (python3 on PATH)',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'evidence-py-'));
    const script = join(dir, 'verify_evidence.py');
    writeFileSync(script, STANDALONE_VERIFIER_PY);

    it('is in the printable report', () => {
      expect(exportFile(dir).bundle.reportHtml).toContain('def jcs(v)');
    });

    it('accepts an intact export', () => {
      const out = execFileSync('python3', [script, exportFile(dir).file], { encoding: 'utf8' });
      expect(out).toMatch(/all events chained and included in tree 12 of ledger\.test\/evidence/);
    });

    it('refuses an export with one amount changed, at that revision', () => {
      const { file } = exportFile(dir, (b) => {
        (b.events[2].content.data as { amount: string }).amount = '704100.01';
      });
      const run = spawnSync('python3', [script, file], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('2 FAILED');
    });
  },
);

if (!python) {
  it.skip('the standalone Python verifier: skipped, python3 is not on PATH', () => undefined);
}
