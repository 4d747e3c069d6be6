import { generateKeyPairSync } from 'node:crypto';
import { formatCheckpoint } from '../note/checkpoint';
import { signNote } from '../note/signed-note';
import { EMPTY_ROOT } from '../merkle/merkle-hash';
import { buildBundle } from './build-bundle';
import { EvidenceBundle } from './evidence-bundle';
import { attachReportPdf, withoutReportPdf } from './report-pdf';
import { verifyBundle } from './verify-bundle';

const signer = {
  name: 'ledger.test/evidence',
  privateKey: generateKeyPairSync('ed25519').privateKey,
};

/** An export of a contract with no event yet (the report part does not depend on events). */
function bundle(pdfAbsent?: string): EvidenceBundle {
  return buildBundle({
    manifest: {
      contractId: 'x',
      streamId: 'contract-x',
      generatedAt: '2026-12-02T09:00:00.000Z',
      scope: { asOf: null, knownAt: null },
      basis: { origin: signer.name, treeSize: 0, lastPosition: null },
      versions: { rules: 'test', calendar: 'test' },
    },
    signer,
    checkpoint: signNote(
      formatCheckpoint({ origin: signer.name, treeSize: 0, rootHash: EMPTY_ROOT, extensions: [] }),
      signer,
    ),
    events: [],
    absent: [],
    consistency: null,
    pdfAbsent,
  });
}

const reportFindings = (b: EvidenceBundle) =>
  verifyBundle(JSON.parse(JSON.stringify(b)) as EvidenceBundle).findings.filter(
    (f) => f.check === 'report',
  );
const pdf = Buffer.from('%PDF-1.4\n证据导出\n%%EOF\n', 'utf8');

describe('the report PDF in an export (issue 12: "HTML, and PDF where a browser is available")', () => {
  it('an export without a PDF says why, and verifies (the HTML against its signed hash)', () => {
    const b = bundle('no browser to print it: /usr/bin/chromium is not an executable');
    expect(b.manifest.report?.pdf).toEqual({
      status: 'not-available',
      reason: 'no browser to print it: /usr/bin/chromium is not an executable',
    });
    expect(verifyBundle(b).ok).toBe(true);
    expect(reportFindings(b).map((f) => [f.severity, f.message])).toEqual([
      ['ok', 'the HTML report is the one signed'],
      [
        'ok',
        'no PDF of the report in this export: no browser to print it: /usr/bin/chromium is not an executable',
      ],
    ]);
  });

  it('an export with a PDF states its hash and size in the signed manifest, and verifies', () => {
    const b = attachReportPdf(bundle(), pdf, 'Chromium 150', signer);
    expect(b.manifest.report?.pdf).toMatchObject({ status: 'included', bytes: pdf.length });
    expect(Buffer.from(b.reportPdf!, 'base64').equals(pdf)).toBe(true);
    const report = verifyBundle(JSON.parse(JSON.stringify(b)) as EvidenceBundle);
    expect(report.findings.filter((f) => !f.ok)).toEqual([]);
    expect(reportFindings(b).at(-1)?.message).toMatch(/the PDF report \(\d+ bytes, Chromium 150\)/);
  });

  it('a changed, removed or smuggled PDF, or a changed HTML report, is detected', () => {
    const withPdf = attachReportPdf(bundle(), pdf, 'Chromium 150', signer);
    const changed = { ...withPdf, reportPdf: Buffer.from('%PDF-1.4\nforged\n').toString('base64') };
    const removed = { ...withPdf, reportPdf: undefined };
    const smuggled = { ...bundle(), reportPdf: pdf.toString('base64') };
    const html = { ...bundle(), reportHtml: bundle().reportHtml.replace('</body>', 'x</body>') };
    for (const [b, message] of [
      [changed, /the PDF's SHA-256 .* is not the manifest's/],
      [removed, /the manifest states a PDF of \d+ bytes; the export has none/],
      [smuggled, /carries a PDF the manifest does not state/],
      [html, /the HTML report's SHA-256 .* the report was changed/],
    ] as const) {
      expect(verifyBundle(JSON.parse(JSON.stringify(b)) as EvidenceBundle).ok).toBe(false);
      expect(reportFindings(b).find((f) => !f.ok)?.message).toMatch(message);
    }
  });

  it('the manifest cannot be changed to drop the PDF: its signature no longer matches', () => {
    const b = attachReportPdf(bundle(), pdf, 'Chromium 150', signer);
    const forged = {
      ...b,
      manifest: {
        ...b.manifest,
        report: { ...b.manifest.report!, pdf: { status: 'not-available', reason: 'x' } },
      },
      reportPdf: undefined,
    } as EvidenceBundle;
    const failed = verifyBundle(forged).findings.filter((f) => !f.ok);
    expect(failed.map((f) => f.check)).toEqual(['manifest']);
    expect(withoutReportPdf(b, 'printing failed', signer).reportPdf).toBeUndefined();
    expect(verifyBundle(withoutReportPdf(b, 'printing failed', signer)).ok).toBe(true);
  });
});
