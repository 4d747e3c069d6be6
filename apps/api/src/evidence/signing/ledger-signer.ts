import { KeyObject, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { NoteSigner, assertKeyName, keyId, privateKeyFromSeed, rawPublicKey } from '@app/evidence';
import type { EvidenceConfig } from '../evidence.config';

export const LEDGER_SIGNER = Symbol('LEDGER_SIGNER');

/**
 * The ledger's Ed25519 signing key, from EVIDENCE_SIGNING_KEY (text) or EVIDENCE_SIGNING_KEY_FILE;
 * in development generated once into the data directory (mode 0600); in tests a throw-away key.
 * Production without a key refuses to start. The key itself is never logged or returned: only
 * its name and key id are (`describe`).
 */
export function loadLedgerSigner(
  config: EvidenceConfig,
  nodeEnv: 'development' | 'production' | 'test',
  log: (message: string) => void,
): NoteSigner {
  assertKeyName(config.origin);
  let privateKey: KeyObject;
  let source: string;
  if (config.signingKey) {
    privateKey = parsePrivateKey(config.signingKey, 'EVIDENCE_SIGNING_KEY');
    source = 'EVIDENCE_SIGNING_KEY';
  } else if (config.signingKeyFile) {
    privateKey = parsePrivateKey(
      readFileSync(config.signingKeyFile, 'utf8'),
      config.signingKeyFile,
    );
    source = config.signingKeyFile;
  } else if (nodeEnv === 'production') {
    throw new Error(
      'Configuration error: EVIDENCE_SIGNING_KEY or EVIDENCE_SIGNING_KEY_FILE is required in production',
    );
  } else if (config.generatedKeyFile) {
    const file = config.generatedKeyFile;
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      const pem = generateKeyPairSync('ed25519').privateKey.export({
        format: 'pem',
        type: 'pkcs8',
      });
      writeFileSync(file, pem, { mode: 0o600 });
      chmodSync(file, 0o600);
      log(`evidence: generated a development signing key in ${file}`);
    }
    privateKey = parsePrivateKey(readFileSync(file, 'utf8'), file);
    source = file;
  } else {
    privateKey = generateKeyPairSync('ed25519').privateKey;
    source = 'a throw-away key (tests)';
  }
  const signer = { name: config.origin, privateKey };
  log(`evidence: signing as ${describeSigner(signer)} with the key from ${source}`);
  return signer;
}

export function describeSigner(signer: NoteSigner): string {
  return `${signer.name}+${keyId(signer.name, rawPublicKey(signer.privateKey)).toString('hex')}`;
}

/** PKCS#8 PEM, or the signed-note form `PRIVATE+KEY+<name>+<id>+<base64(0x01 ‖ seed)>`. */
function parsePrivateKey(text: string, where: string): KeyObject {
  const trimmed = text.trim();
  if (trimmed.startsWith('PRIVATE+KEY+')) {
    const typed = Buffer.from(trimmed.split('+').slice(4).join('+'), 'base64');
    if (typed.length !== 33 || typed[0] !== 0x01) {
      throw new Error(`Configuration error: ${where} is not an Ed25519 signed-note private key`);
    }
    return privateKeyFromSeed(typed.subarray(1));
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(trimmed);
  } catch {
    throw new Error(`Configuration error: ${where} is not a PEM private key`);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`Configuration error: ${where} is a ${key.asymmetricKeyType} key, not Ed25519`);
  }
  return key;
}
