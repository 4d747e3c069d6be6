import { createHash } from 'node:crypto';
import { EvidenceBundle } from '../evidence-bundle';
import { PDF_MAGIC } from '../report-pdf';
import { Findings } from './verify-findings';

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * The printable report against the hashes the signed manifest states: its HTML, and its PDF when
 * the manifest says one is included (an export without one says why, and verifies all the same).
 */
export function verifyReport(bundle: EvidenceBundle, findings: Findings): void {
  const report = bundle.manifest.report;
  if (!report) {
    findings.warn('report', 'the manifest states no hash of the report (made before it did)');
    return;
  }
  const html = typeof bundle.reportHtml === 'string' ? sha256Hex(bundle.reportHtml) : null;
  if (html === report.htmlSha256) findings.pass('report', 'the HTML report is the one signed');
  else {
    findings.fail(
      'report',
      `the HTML report's SHA-256 ${html ?? '(no report)'} is not the manifest's ${report.htmlSha256}: the report was changed`,
    );
  }
  const pdf = report.pdf;
  if (pdf.status !== 'included') {
    if (bundle.reportPdf !== undefined) {
      findings.fail('report', 'the export carries a PDF the manifest does not state');
    } else findings.pass('report', `no PDF of the report in this export: ${pdf.reason}`);
    return;
  }
  if (typeof bundle.reportPdf !== 'string') {
    findings.fail('report', `the manifest states a PDF of ${pdf.bytes} bytes; the export has none`);
    return;
  }
  const bytes = Buffer.from(bundle.reportPdf, 'base64');
  const digest = sha256Hex(bytes);
  if (digest !== pdf.sha256 || bytes.length !== pdf.bytes) {
    findings.fail(
      'report',
      `the PDF's SHA-256 ${digest} (${bytes.length} bytes) is not the manifest's ${pdf.sha256} (${pdf.bytes} bytes): the PDF was changed`,
    );
  } else if (bytes.subarray(0, PDF_MAGIC.length).toString('latin1') !== PDF_MAGIC) {
    findings.fail('report', 'the included PDF does not start with %PDF-');
  } else {
    findings.pass(
      'report',
      `the PDF report (${pdf.bytes} bytes, ${pdf.renderer}) is the one signed`,
    );
  }
}
