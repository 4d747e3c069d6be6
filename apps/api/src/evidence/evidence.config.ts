import type { AppConfig } from '@app/platform';

/** The evidence log's settings (README, section "Evidence"), read once from the environment. */
export interface EvidenceConfig {
  /** Checkpoint origin and signing key name: the log's identity, e.g. `ledger.example.gov.cn/evidence`. */
  origin: string;
  /** Sign a checkpoint this often when the log grew (0 = never on a schedule). */
  checkpointIntervalMs: number;
  /** Turn new events into leaves this often. */
  appendIntervalMs: number;
  /** Private key: PKCS#8 PEM or a signed-note `PRIVATE+KEY+…` text, or a file holding one. */
  signingKey?: string;
  signingKeyFile?: string;
  /** Where a development key is generated and kept (under the data directory). */
  generatedKeyFile: string | null;
  /** Verifier keys of retired ledger keys, still published so that old checkpoints verify. */
  previousKeys: string[];
  /** A directory every new checkpoint is written to (a witness drop), or unset. */
  witnessDir?: string;
  /**
   * The export's PDF of its printable report: 'auto' renders it with Chromium when `chromiumPath`
   * is executable (else the manifest says why there is none), 'off' never (the manifest says so).
   * Default 'auto', except 'off' under NODE_ENV=test (the browser e2e spec turns it on).
   */
  pdf: 'auto' | 'off';
  /** The headless browser that prints the PDF (Debian's `chromium` package by default). */
  chromiumPath: string;
  /** A PDF not printed within this time is left out (the manifest says so). */
  pdfTimeoutMs: number;
}

/** Debian's chromium package (`apt-get install chromium fonts-noto-cjk`). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const EVIDENCE_CONFIG = Symbol('EVIDENCE_CONFIG');

function duration(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(
      `Configuration error: ${name} must be a whole number of milliseconds, got "${value}"`,
    );
  }
  return n;
}

function pdfMode(value: string | undefined, fallback: 'auto' | 'off'): 'auto' | 'off' {
  if (value === undefined || value === '') return fallback;
  if (value === 'auto' || value === 'off') return value;
  throw new Error(`Configuration error: EVIDENCE_PDF must be auto or off, got "${value}"`);
}

export function loadEvidenceConfig(
  app: Pick<AppConfig, 'nodeEnv' | 'dataDir'>,
  env: NodeJS.ProcessEnv = process.env,
): EvidenceConfig {
  return {
    origin: env.EVIDENCE_ORIGIN || 'contract-ledger.local/evidence',
    checkpointIntervalMs: duration(
      'EVIDENCE_CHECKPOINT_INTERVAL_MS',
      env.EVIDENCE_CHECKPOINT_INTERVAL_MS,
      300_000,
    ),
    appendIntervalMs: duration(
      'EVIDENCE_APPEND_INTERVAL_MS',
      env.EVIDENCE_APPEND_INTERVAL_MS,
      1_000,
    ),
    signingKey: env.EVIDENCE_SIGNING_KEY || undefined,
    signingKeyFile: env.EVIDENCE_SIGNING_KEY_FILE || undefined,
    // Tests get a throw-away key in memory; development keeps one under the data directory.
    generatedKeyFile:
      app.nodeEnv === 'development' ? `${app.dataDir}/evidence/signing-key.pem` : null,
    previousKeys: (env.EVIDENCE_PREVIOUS_KEYS ?? '').split(/[\s,]+/).filter((k) => k.length > 0),
    witnessDir: env.EVIDENCE_WITNESS_DIR || undefined,
    pdf: pdfMode(env.EVIDENCE_PDF, app.nodeEnv === 'test' ? 'off' : 'auto'),
    chromiumPath: env.EVIDENCE_CHROMIUM_PATH || DEFAULT_CHROMIUM,
    pdfTimeoutMs: duration('EVIDENCE_PDF_TIMEOUT_MS', env.EVIDENCE_PDF_TIMEOUT_MS, 120_000),
  };
}
