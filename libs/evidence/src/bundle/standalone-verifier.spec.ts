import { execFileSync, spawnSync } from 'node:child_process';
import { KeyObject, generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chainHashOf, chainHashV2Of, leafHashOf } from '../leaf/evidence-leaf';
import { MemoryTree } from '../merkle/memory-tree';
import { formatCheckpoint } from '../note/checkpoint';
import { signNote } from '../note/signed-note';
import { buildBundle, manifestNoteText } from './build-bundle';
import { EvidenceBundle } from './evidence-bundle';
import { attachReportPdf } from './report-pdf';
import { STANDALONE_VERIFIER_PY } from './standalone-verifier';
import { verifyBundle } from './verify-bundle';

const python = spawnSync('python3', ['--version']).status === 0;
/** A small PDF with UTF-8 text in it, as attachReportPdf takes one from the renderer. */
const reportPdf = Buffer.from('%PDF-1.4\n证据导出\n%%EOF\n', 'utf8');

const typeScriptVerifies = (file: string) =>
  verifyBundle(JSON.parse(readFileSync(file, 'utf8')) as EvidenceBundle).ok;

/** An export of one contract's six events interleaved with another stream's, as the log holds them. */
function exportFile(
  dir: string,
  tamper?: (
    bundle: {
      events: { content: { data: unknown }; position?: string }[];
      timeline: unknown;
    },
    signer: { name: string; privateKey: KeyObject },
  ) => void,
  hashVersion: 1 | 2 = 1,
  pdf?: Buffer,
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
    const recordedAt = '2023-04-26T08:00:00.000Z';
    const position = ((1000n + BigInt(revision)) * 65536n).toString();
    previous =
      hashVersion === 2
        ? chainHashV2Of(previous, content, position, recordedAt)
        : chainHashOf(previous, content);
    const event = {
      content,
      recordedAt,
      chainHash: previous,
      ...(hashVersion === 2 ? { hashVersion, position } : {}),
      leafIndex: tree.size,
      inclusionProof: [] as Uint8Array[],
    };
    tree.appendLeafHash(leafHashOf(event));
    return event;
  });
  for (const e of events) e.inclusionProof = tree.inclusionProof(e.leafIndex);
  const built = buildBundle({
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
    timeline: {
      value: { contractId: 'x', entries: [{ date: '2023-04-26', memo: '第二期 "付款"\n', n: 2 }] },
      asOf: '2023-04-30',
      knownAt: '2026-12-01T21:00:00.000Z',
      entries: 1,
      html: '<table></table>',
    },
  });
  const bundle = pdf ? attachReportPdf(built, pdf, 'Chromium test', signer) : built;
  tamper?.(bundle as never, signer);
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

describe('the TypeScript verifier on version-2 chain hashes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-v2-'));

  it('accepts an intact export', () => {
    const { bundle } = exportFile(dir, undefined, 2);
    const report = verifyBundle(bundle, { trustedKey: bundle.publicKey.verifierKey });
    expect(report.findings.filter((f) => !f.ok)).toEqual([]);
  });

  it('names the revision whose position was changed', () => {
    const { bundle } = exportFile(
      dir,
      (b) => {
        b.events[3].position = '1';
      },
      2,
    );
    const failed = verifyBundle(bundle, {
      trustedKey: bundle.publicKey.verifierKey,
    }).findings.filter((f) => !f.ok);
    expect(failed.map((f) => [f.check, f.where?.revision])).toEqual([['chain', 3]]);
  });
});

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
      expect(out).toContain('timeline hash matches');
    });

    it('refuses an export whose timeline was changed', () => {
      const { file } = exportFile(dir, (b) => {
        (b.timeline as { entries: { n: number }[] }).entries[0].n = 3;
      });
      const run = spawnSync('python3', [script, file], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('timeline hash FAILED');
    });

    it('refuses an export with one amount changed, at that revision', () => {
      const { file } = exportFile(dir, (b) => {
        (b.events[2].content.data as { amount: string }).amount = '704100.01';
      });
      const run = spawnSync('python3', [script, file], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('2 FAILED');
    });

    it('checks the manifest against its signed note, and the HTML report against the manifest', () => {
      const out = execFileSync('python3', [script, exportFile(dir).file], { encoding: 'utf8' });
      expect(out).toContain('manifest is the one its note signs');
      expect(out).toContain('report HTML hash matches');
      expect(out).toContain('no PDF of the report in this export: not rendered');
    });

    it('accepts an export with the PDF of its report, its SHA-256 and size the manifest states', () => {
      const { file, bundle } = exportFile(dir, undefined, 1, reportPdf);
      expect(bundle.manifest.report?.pdf.status).toBe('included');
      const out = execFileSync('python3', [script, file], { encoding: 'utf8' });
      expect(out).toContain(`report PDF hash matches (${reportPdf.length} bytes, Chromium test)`);
    });

    it.each([
      [
        'one byte of the PDF changed',
        (b: EvidenceBundle) => {
          const bytes = Buffer.from(b.reportPdf!, 'base64');
          bytes[bytes.length - 3] ^= 1;
          b.reportPdf = bytes.toString('base64');
        },
        `report PDF hash FAILED: the PDF was changed (${reportPdf.length} bytes`,
      ],
      [
        'the PDF cut short',
        (b: EvidenceBundle) => {
          b.reportPdf = Buffer.from(b.reportPdf!, 'base64').subarray(0, 8).toString('base64');
        },
        'report PDF hash FAILED: the PDF was changed (8 bytes',
      ],
      [
        'the PDF removed',
        (b: EvidenceBundle) => {
          delete b.reportPdf;
        },
        `report PDF FAILED: the manifest states one of ${reportPdf.length} bytes; the export has none`,
      ],
      [
        'the HTML report changed',
        (b: EvidenceBundle) => {
          b.reportHtml = b.reportHtml.replace('</body>', 'x</body>');
        },
        'report HTML hash FAILED: the report was changed',
      ],
      [
        'the manifest changed to state no PDF',
        (b: EvidenceBundle) => {
          b.manifest.report!.pdf = { status: 'not-available', reason: 'x' };
          delete b.reportPdf;
        },
        'manifest FAILED: not the one the ledger signed',
      ],
    ])('refuses an export with %s, naming it', (_, tamper, message) => {
      const { file } = exportFile(dir, (b) => tamper(b as never), 1, reportPdf);
      const run = spawnSync('python3', [script, file], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(message);
      expect(run.stdout).toContain('all events chained and included in tree 12 of');
      expect(typeScriptVerifies(file)).toBe(false); // the TypeScript verifier agrees
    });

    it('refuses an export carrying a PDF its manifest does not state', () => {
      const { file } = exportFile(dir, (b) => {
        (b as never as EvidenceBundle).reportPdf = reportPdf.toString('base64');
      });
      const run = spawnSync('python3', [script, file], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(
        'no PDF of the report in this export: -- FAILED: the export carries a PDF the manifest does not state',
      );
      expect(typeScriptVerifies(file)).toBe(false);
    });

    it('warns on an export made before manifest.report, and accepts it', () => {
      const { file } = exportFile(dir, (b, signer) => {
        const older = b as never as EvidenceBundle;
        delete older.manifest.report;
        older.manifestNote = signNote(manifestNoteText(older.manifest), signer);
      });
      const run = spawnSync('python3', [script, file], { encoding: 'utf8' });
      expect(run.stdout).toContain(
        'WARNING: the manifest states no hash of the report (made before it did)',
      );
      expect(run.stdout).toContain('manifest is the one its note signs');
      expect(run.status).toBe(0);
      expect(typeScriptVerifies(file)).toBe(true);
    });

    it('accepts an intact export of version-2 hashes', () => {
      const { file, bundle } = exportFile(dir, undefined, 2);
      expect(bundle.events[0]).toMatchObject({ hashVersion: 2, position: '65536000' });
      const out = execFileSync('python3', [script, file], { encoding: 'utf8' });
      expect(out).toMatch(/all events chained and included in tree 12 of ledger\.test\/evidence/);
    });

    it('refuses a version-2 export with one position changed, at that revision', () => {
      const { file } = exportFile(
        dir,
        (b) => {
          b.events[3].position = '1';
        },
        2,
      );
      const run = spawnSync('python3', [script, file], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('3 FAILED');
    });
  },
);

if (!python) {
  it.skip('the standalone Python verifier: skipped, python3 is not on PATH', () => undefined);
}
