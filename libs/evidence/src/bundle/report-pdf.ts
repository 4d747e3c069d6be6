import { createHash } from 'node:crypto';
import { manifestNoteText } from './build-bundle';
import { EvidenceBundle } from './evidence-bundle';
import { NoteSigner, signNote } from '../note/signed-note';

/** A PDF file starts with this (ISO 32000-1 §7.5.2, the header). */
export const PDF_MAGIC = '%PDF-';

/**
 * The export with the PDF of its printable report (issue 12: "a printable report (HTML, and PDF
 * where a browser is available)"): the bytes in base64 as `reportPdf`, their SHA-256 and size in
 * the manifest, and the manifest signed again — so the verifier checks the PDF like the timeline.
 * Pure: the caller rendered `pdf` from `bundle.reportHtml` (apps/api ReportPdfRenderer).
 */
export function attachReportPdf(
  bundle: EvidenceBundle,
  pdf: Buffer,
  renderer: string,
  signer: NoteSigner,
): EvidenceBundle {
  if (!bundle.manifest.report) throw new Error('the export has no report to attach a PDF to');
  const manifest = {
    ...bundle.manifest,
    report: {
      ...bundle.manifest.report,
      pdf: {
        status: 'included' as const,
        sha256: createHash('sha256').update(pdf).digest('hex'),
        bytes: pdf.length,
        renderer,
      },
    },
  };
  return {
    ...bundle,
    manifest,
    manifestNote: signNote(manifestNoteText(manifest), signer),
    reportPdf: pdf.toString('base64'),
  };
}

/** The export without a PDF, saying why (the manifest signed again). */
export function withoutReportPdf(
  bundle: EvidenceBundle,
  reason: string,
  signer: NoteSigner,
): EvidenceBundle {
  if (!bundle.manifest.report) throw new Error('the export has no report');
  const manifest = {
    ...bundle.manifest,
    report: { ...bundle.manifest.report, pdf: { status: 'not-available' as const, reason } },
  };
  const { reportPdf, ...rest } = bundle;
  void reportPdf;
  return { ...rest, manifest, manifestNote: signNote(manifestNoteText(manifest), signer) };
}
