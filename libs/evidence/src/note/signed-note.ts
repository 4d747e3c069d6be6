import { KeyObject, sign, verify } from 'node:crypto';
import { VerifierKey, assertKeyName, keyId, publicKeyFromRaw, rawPublicKey } from './ed25519-key';

/**
 * C2SP signed notes (c2sp.org/signed-note): UTF-8 text ending in a newline, a blank line, then one
 * line per signature, `— <key name> <base64(key id ‖ Ed25519 signature)>` (U+2014 em dash and a
 * space). The signature covers the text including its final newline.
 */
export interface NoteSigner {
  name: string;
  privateKey: KeyObject;
}

export interface NoteSignature {
  name: string;
  keyId: Buffer;
  signature: Buffer;
}

export interface ParsedNote {
  text: string;
  signatures: NoteSignature[];
}

const SIGNATURE_PREFIX = '\u2014 ';
const MAX_SIGNATURES = 100;

function assertText(text: string): void {
  if (!text.endsWith('\n')) throw new Error('note text must end with a newline');
  if (text.includes('\n\n')) throw new Error('note text must not contain a blank line');
  if (/[\u0000-\u0009\u000b-\u001f]/.test(text))
    throw new Error('note text holds control characters');
}

export function signatureLine(text: string, signer: NoteSigner): string {
  assertText(text);
  assertKeyName(signer.name);
  const id = keyId(signer.name, rawPublicKey(signer.privateKey));
  const signature = sign(null, Buffer.from(text, 'utf8'), signer.privateKey);
  return `${SIGNATURE_PREFIX}${signer.name} ${Buffer.concat([id, signature]).toString('base64')}\n`;
}

export function signNote(text: string, ...signers: NoteSigner[]): string {
  return `${text}\n${signers.map((s) => signatureLine(text, s)).join('')}`;
}

/** Splits a note at its last blank line and parses its signature lines (nothing verified yet). */
export function parseNote(note: string): ParsedNote {
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new Error('a signed note has a blank line between text and signatures');
  const text = note.slice(0, split + 1);
  assertText(text);
  const block = note.slice(split + 2);
  if (!block.endsWith('\n')) throw new Error('the signature block must end with a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw new Error('too many signatures');
  const signatures = lines.map((line, i) => {
    if (!line.startsWith(SIGNATURE_PREFIX)) {
      throw new Error(`signature line ${i + 1} does not start with "— "`);
    }
    const [name, b64, ...rest] = line.slice(SIGNATURE_PREFIX.length).split(' ');
    const bytes = Buffer.from(b64 ?? '', 'base64');
    if (rest.length > 0 || !name || bytes.length < 5 || bytes.toString('base64') !== b64) {
      throw new Error(`signature line ${i + 1} is not "— <name> <base64>"`);
    }
    return { name, keyId: bytes.subarray(0, 4), signature: bytes.subarray(4) };
  });
  return { text, signatures };
}

export type NoteVerification =
  { ok: true; text: string } | { ok: false; reason: string; text?: string };

/**
 * Verifies a note against one trusted key: ok when a signature line of that name and key id
 * carries a valid signature. Lines of other keys (witnesses) are ignored, as the spec requires.
 */
export function openNote(note: string, key: VerifierKey): NoteVerification {
  let parsed: ParsedNote;
  try {
    parsed = parseNote(note);
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  const mine = parsed.signatures.find((s) => s.name === key.name && s.keyId.equals(key.keyId));
  if (!mine) {
    const names = parsed.signatures.map((s) => `${s.name}+${s.keyId.toString('hex')}`).join(', ');
    return {
      ok: false,
      text: parsed.text,
      reason: `not signed by ${key.name}+${key.keyId.toString('hex')} (signed by ${names || 'nobody'})`,
    };
  }
  const valid =
    mine.signature.length === 64 &&
    verify(null, Buffer.from(parsed.text, 'utf8'), publicKeyFromRaw(key.publicKey), mine.signature);
  return valid
    ? { ok: true, text: parsed.text }
    : { ok: false, text: parsed.text, reason: `the signature of ${key.name} is invalid` };
}
