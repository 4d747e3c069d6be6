import { Inject, Injectable, Logger } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDF_MAGIC } from '@app/evidence';
import { EVIDENCE_CONFIG, EvidenceConfig } from '../evidence.config';

export { DEFAULT_CHROMIUM } from '../evidence.config';

const run = promisify(execFile);

/** A PDF, or why there is none (stated in the export's manifest). */
export type RenderedPdf = { pdf: Buffer; renderer: string } | { absent: string };

/** Headless, no GPU, no network, no profile kept; as root in a container, no sandbox. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-pdf-header-footer',
];

/**
 * Prints an export's HTML report to PDF with headless Chromium (`chromium --print-to-pdf`, the
 * browser's own print of the page, A4/Letter by its locale; Chinese drawn by the system's CJK
 * font — Debian's fonts-noto-cjk, which the report's CSS names first). The HTML is self-contained
 * (no script, no external resource), written to a private temporary directory with a fresh
 * profile, both removed afterwards.
 */
@Injectable()
export class ReportPdfRenderer {
  private readonly logger = new Logger('Evidence');
  private version?: Promise<string>;

  constructor(@Inject(EVIDENCE_CONFIG) private readonly config: EvidenceConfig) {}

  /** Why no PDF would be made now, or null when one will be tried. */
  unavailable(): string | null {
    if (this.config.pdf === 'off') return 'PDF rendering is turned off (EVIDENCE_PDF=off)';
    try {
      accessSync(this.config.chromiumPath, constants.X_OK);
      return null;
    } catch {
      return (
        `no browser to print it: ${this.config.chromiumPath} is not an executable ` +
        '(install Debian\'s "chromium" and "fonts-noto-cjk", or set EVIDENCE_CHROMIUM_PATH)'
      );
    }
  }

  async render(html: string): Promise<RenderedPdf> {
    const why = this.unavailable();
    if (why) return { absent: why };
    const dir = mkdtempSync(join(tmpdir(), 'ledger-report-pdf-'));
    try {
      const input = join(dir, 'report.html');
      const output = join(dir, 'report.pdf');
      writeFileSync(input, html, 'utf8');
      await run(
        this.config.chromiumPath,
        [
          ...FLAGS,
          `--user-data-dir=${join(dir, 'profile')}`,
          `--print-to-pdf=${output}`,
          `file://${input}`,
        ],
        { timeout: this.config.pdfTimeoutMs, maxBuffer: 4 << 20, env: chromiumEnv() },
      );
      const pdf = readFileSync(output);
      if (pdf.subarray(0, PDF_MAGIC.length).toString('latin1') !== PDF_MAGIC) {
        return { absent: 'the browser wrote no PDF' };
      }
      return { pdf, renderer: await this.rendererName() };
    } catch (error) {
      const e = error as NodeJS.ErrnoException & { killed?: boolean };
      const reason = e.killed
        ? `the browser did not print it within ${this.config.pdfTimeoutMs} ms (EVIDENCE_PDF_TIMEOUT_MS)`
        : `the browser failed to print it: ${firstLine(e.message)}`;
      this.logger.warn(`evidence report PDF: ${reason}`);
      return { absent: reason };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** `Chromium 150.0.7871.100 …`, asked once. */
  private rendererName(): Promise<string> {
    this.version ??= run(this.config.chromiumPath, ['--version'], {
      timeout: 30_000,
      env: chromiumEnv(),
    })
      .then(({ stdout }) => firstLine(stdout) || 'chromium')
      .catch(() => 'chromium');
    return this.version;
  }
}

/** No session bus in a server: tell Chromium not to look for one. */
function chromiumEnv(): NodeJS.ProcessEnv {
  return { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'disabled:' };
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.slice(0, 200) ?? '';
}
