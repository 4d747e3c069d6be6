import { generateKeyPairSync } from 'node:crypto';
import { checkpointTime, formatCheckpoint, parseCheckpoint } from './checkpoint';
import {
  formatVerifierKey,
  keyId,
  parseVerifierKey,
  privateKeyFromSeed,
  rawPublicKey,
} from './ed25519-key';
import { openNote, parseNote, signNote } from './signed-note';
import { GO_SUMDB_NOTE_EXAMPLE as GO } from '../testing/vectors/signed-note.vectors';

describe('C2SP signed notes', () => {
  const seed = Buffer.from(GO.privateKey.split('+').slice(4).join('+'), 'base64').subarray(1);
  const peter = { name: 'PeterNeumann', privateKey: privateKeyFromSeed(seed) };

  it('derives the published key id and verifier key from the published private key', () => {
    const publicKey = rawPublicKey(peter.privateKey);
    expect(keyId(peter.name, publicKey).toString('hex')).toBe('c74f20a3');
    expect(formatVerifierKey(peter.name, publicKey)).toBe(GO.verifierKey);
  });

  it('signs the published text into the published note, byte for byte', () => {
    expect(signNote(GO.text, peter)).toBe(GO.note);
  });

  it('opens the published note with the published verifier key', () => {
    expect(openNote(GO.note, parseVerifierKey(GO.verifierKey))).toEqual({
      ok: true,
      text: GO.text,
    });
  });

  it('refuses a changed text, another key, and a malformed note, saying why', () => {
    const key = parseVerifierKey(GO.verifierKey);
    const changed = GO.note.replace('cryptography', 'cryptographx');
    expect(openNote(changed, key)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/invalid/),
    });
    const other = generateKeyPairSync('ed25519').privateKey;
    const forged = signNote(GO.text, { name: 'PeterNeumann', privateKey: other });
    expect(openNote(forged, key)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^not signed by PeterNeumann\+c74f20a3/),
    });
    expect(openNote('no blank line\n', key)).toMatchObject({ ok: false });
    expect(() => parseVerifierKey(GO.verifierKey.replace('c74f20a3', 'c74f20a4'))).toThrow(
      /does not match/,
    );
  });

  it('keeps witness cosignatures: every signature line parses, only the trusted one decides', () => {
    const witness = {
      name: 'witness.example',
      privateKey: generateKeyPairSync('ed25519').privateKey,
    };
    const note = signNote(GO.text, witness, peter);
    expect(parseNote(note).signatures.map((s) => s.name)).toEqual([
      'witness.example',
      'PeterNeumann',
    ]);
    expect(openNote(note, parseVerifierKey(GO.verifierKey)).ok).toBe(true);
  });
});

describe('tlog checkpoints', () => {
  const root = Buffer.from(
    '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
    'hex',
  );

  it('writes origin, size and base64 root, then extension lines, and reads them back', () => {
    const text = formatCheckpoint({
      origin: 'ledger.example/evidence',
      treeSize: 8,
      rootHash: root,
      extensions: ['time 2026-12-01T21:00:00.000Z'],
    });
    expect(text).toBe(
      'ledger.example/evidence\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\ntime 2026-12-01T21:00:00.000Z\n',
    );
    const parsed = parseCheckpoint(text);
    expect(parsed).toMatchObject({ origin: 'ledger.example/evidence', treeSize: 8 });
    expect(parsed.rootHash.equals(root)).toBe(true);
    expect(checkpointTime(parsed)).toBe('2026-12-01T21:00:00.000Z');
  });

  it('refuses a size that is not decimal and a root that is not 32 bytes', () => {
    expect(() => parseCheckpoint('o\n08\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n')).toThrow(
      /size/,
    );
    expect(() => parseCheckpoint('o\n8\nAAAA\n')).toThrow(/root hash/);
  });
});
