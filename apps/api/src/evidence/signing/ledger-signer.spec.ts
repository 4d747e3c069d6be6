import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatVerifierKey, rawPublicKey } from '@app/evidence';
import { loadEvidenceConfig } from '../evidence.config';
import { loadLedgerSigner } from './ledger-signer';

describe('the ledger signing key', () => {
  const pem = generateKeyPairSync('ed25519')
    .privateKey.export({ format: 'pem', type: 'pkcs8' })
    .toString();

  it('comes from EVIDENCE_SIGNING_KEY, and only its name and key id are logged', () => {
    const logs: string[] = [];
    const config = loadEvidenceConfig(
      { nodeEnv: 'production', dataDir: '/nonexistent' },
      { EVIDENCE_SIGNING_KEY: pem, EVIDENCE_ORIGIN: 'ledger.example/evidence' },
    );
    const signer = loadLedgerSigner(config, 'production', (m) => logs.push(m));
    const vkey = formatVerifierKey(signer.name, rawPublicKey(signer.privateKey));
    expect(logs.join('\n')).toContain(vkey.split('+').slice(0, 2).join('+'));
    const seed = pem.split('\n').slice(1, -2).join('');
    expect(logs.join('\n')).not.toContain(seed);
    expect(logs.join('\n')).not.toMatch(/PRIVATE/);
  });

  it('is required in production', () => {
    const config = loadEvidenceConfig({ nodeEnv: 'production', dataDir: '/x' }, {});
    expect(() => loadLedgerSigner(config, 'production', () => undefined)).toThrow(
      /EVIDENCE_SIGNING_KEY or EVIDENCE_SIGNING_KEY_FILE is required in production/,
    );
  });

  it('is generated once for development into the data directory, readable by its owner only', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-key-'));
    const config = loadEvidenceConfig({ nodeEnv: 'development', dataDir }, {});
    const first = loadLedgerSigner(config, 'development', () => undefined);
    const again = loadLedgerSigner(config, 'development', () => undefined);
    expect(rawPublicKey(again.privateKey).equals(rawPublicKey(first.privateKey))).toBe(true);
    const file = join(dataDir, 'evidence', 'signing-key.pem');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/BEGIN PRIVATE KEY/);
  });

  it('refuses a key that is not Ed25519, naming the variable', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString();
    const config = loadEvidenceConfig(
      { nodeEnv: 'test', dataDir: '/x' },
      { EVIDENCE_SIGNING_KEY: rsa },
    );
    expect(() => loadLedgerSigner(config, 'test', () => undefined)).toThrow(
      'EVIDENCE_SIGNING_KEY is a rsa key, not Ed25519',
    );
    expect(() =>
      loadEvidenceConfig(
        { nodeEnv: 'test', dataDir: '/x' },
        { EVIDENCE_CHECKPOINT_INTERVAL_MS: '5m' },
      ),
    ).toThrow(/EVIDENCE_CHECKPOINT_INTERVAL_MS must be a whole number of milliseconds/);
  });
});
