import { canonicalSha256, manifestNoteText } from './build-bundle';
import { Checkpoint, checkpointTime, parseCheckpoint } from '../note/checkpoint';
import { VerifierKey, parseVerifierKey } from '../note/ed25519-key';
import { openNote } from '../note/signed-note';
import { BUNDLE_FORMAT, EvidenceBundle } from './evidence-bundle';
import { verifyEvents } from './verify/verify-events';
import { verifyReport } from './verify/verify-report';
import { Findings, VerificationReport, VerifyOptions } from './verify/verify-findings';
import {
  verifyConsistencyProof,
  verifyHeldCheckpoint,
  verifyReceipts,
} from './verify/verify-history';

export * from './verify/verify-findings';

/**
 * The offline verification of an export: no database, no network, only the file, optionally the
 * ledger's public key obtained independently, a checkpoint and receipts the reader already holds.
 * Every failure names what and where (revision, event id, leaf index, tree size).
 */
export function verifyBundle(
  bundle: EvidenceBundle,
  options: VerifyOptions = {},
): VerificationReport {
  const findings = new Findings();
  const report = (treeSize: number | null): VerificationReport => ({
    ok: findings.ok,
    contractId: bundle?.manifest?.contractId ?? null,
    eventsChecked: Array.isArray(bundle?.events) ? bundle.events.length : 0,
    treeSize,
    findings: findings.list,
  });

  if (bundle?.format !== BUNDLE_FORMAT || !Array.isArray(bundle.events)) {
    findings.fail('format', `not an evidence export of format ${BUNDLE_FORMAT}`);
    return report(null);
  }
  const key = verifierKey(bundle, options.trustedKey, findings);
  if (!key) return report(null);
  const checkpoint = exportCheckpoint(bundle, key, findings);
  verifyEvents(bundle, checkpoint, findings);
  const history = {
    bundle,
    key,
    heldCheckpoint: options.heldCheckpoint,
    receipts: options.receipts ?? [],
  };
  if (checkpoint) {
    verifyConsistencyProof({ ...history, checkpoint }, findings);
    verifyHeldCheckpoint({ ...history, checkpoint }, findings);
  }
  verifyReceipts(history, findings);
  verifyManifestAndTimeline(bundle, key, findings);
  verifyReport(bundle, findings);
  if (bundle.events.some((e) => !e.content)) findings.fail('format', 'an event has no content');
  return report(checkpoint?.treeSize ?? null);
}

/** The key: pinned by the reader, or (weaker) the one the export carries. */
function verifierKey(
  bundle: EvidenceBundle,
  trustedKey: string | undefined,
  findings: Findings,
): VerifierKey | undefined {
  try {
    const own = parseVerifierKey(bundle.publicKey.verifierKey);
    if (!trustedKey) {
      findings.warn(
        'key',
        `no trusted key given: verified with the export's own key ${bundle.publicKey.verifierKey}; ` +
          'pass --key with the ledger key published independently to rule out a forgery',
      );
      return own;
    }
    const key = parseVerifierKey(trustedKey);
    if (!own.publicKey.equals(key.publicKey) || own.name !== key.name) {
      findings.fail(
        'key',
        `the export carries key ${bundle.publicKey.verifierKey}, not the trusted key ${trustedKey}`,
      );
    } else findings.pass('key', `the export carries the trusted key ${trustedKey}`);
    return key;
  } catch (error) {
    findings.fail('key', `unusable key: ${(error as Error).message}`);
    return undefined;
  }
}

/** The checkpoint the proofs lead to: signed by the key, of the manifest's origin and size. */
function exportCheckpoint(
  bundle: EvidenceBundle,
  key: VerifierKey,
  findings: Findings,
): Checkpoint | undefined {
  const opened = openNote(bundle.checkpoint, key);
  if (!opened.ok) {
    findings.fail('checkpoint', `the export's checkpoint is not valid: ${opened.reason}`);
    return undefined;
  }
  try {
    const checkpoint = parseCheckpoint(opened.text);
    const basis = bundle.manifest.basis;
    if (checkpoint.origin !== basis.origin) {
      findings.fail(
        'checkpoint',
        `checkpoint origin "${checkpoint.origin}" is not the manifest's "${basis.origin}"`,
      );
    } else if (checkpoint.treeSize !== basis.treeSize) {
      findings.fail(
        'checkpoint',
        `checkpoint tree size ${checkpoint.treeSize} is not the manifest's ${basis.treeSize}`,
        { treeSize: checkpoint.treeSize },
      );
    } else {
      findings.pass(
        'checkpoint',
        `checkpoint signed by ${key.name}: tree size ${checkpoint.treeSize}, signed ${checkpointTime(checkpoint) ?? '(no time)'}`,
      );
    }
    return checkpoint;
  } catch (error) {
    findings.fail('checkpoint', `the checkpoint text is malformed: ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * The manifest note: the ledger's signature over the manifest (so over the timeline's hash, the
 * scope and the basis); then the timeline against the hash the manifest states.
 */
function verifyManifestAndTimeline(
  bundle: EvidenceBundle,
  key: VerifierKey,
  findings: Findings,
): void {
  const m = bundle.manifest;
  if (bundle.manifestNote === undefined) {
    findings.warn('manifest', 'the export has no signed manifest (made before it was signed)');
  } else {
    const opened = openNote(bundle.manifestNote, key);
    if (!opened.ok) findings.fail('manifest', `the manifest note is not valid: ${opened.reason}`);
    else if (opened.text !== manifestNoteText(m)) {
      findings.fail(
        'manifest',
        `the manifest is not the one the ledger signed (its SHA-256 is ${canonicalSha256(m)}, ` +
          `the signed note says ${opened.text.split('\n')[2] ?? '?'}): changed after export`,
      );
    } else findings.pass('manifest', `manifest signed by ${key.name}`);
  }
  const t = m.timeline;
  if (t.status !== 'included') {
    findings.warn('timeline', 'the export carries no legal timeline (made before it was built)');
    return;
  }
  const digest = canonicalSha256(bundle.timeline);
  if (digest === t.sha256) {
    findings.pass(
      'timeline',
      `timeline hash matches (${t.entries} entries as of ${t.asOf}, known at ${t.knownAt})`,
    );
  } else {
    findings.fail(
      'timeline',
      `the timeline's SHA-256 ${digest} is not the manifest's ${t.sha256}: the timeline was changed`,
    );
  }
}
