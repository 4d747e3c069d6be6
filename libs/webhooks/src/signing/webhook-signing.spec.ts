import { Webhook } from 'standardwebhooks';
import {
  generateSecret,
  generateSigningKeyPair,
  privateKeyFromPem,
  webhookHeaders,
} from './webhook-signing';
import { verifyV1a } from './verify-v1a';

describe('Standard Webhooks signatures', () => {
  const body = JSON.stringify({ specversion: '1.0', id: 'e1', data: { amount: '1109342.47' } });
  const keys = generateSigningKeyPair();
  const key = privateKeyFromPem(keys.privateKeyPem);
  const now = Math.floor(Date.now() / 1000);

  it('given a secret, then the v1 signature verifies with the standardwebhooks library', () => {
    const secret = generateSecret();
    const headers = webhookHeaders('msg_1', now, body, [secret], key);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('given two secrets (rotation), then either verifies and a third does not', () => {
    const [next, old] = [generateSecret(), generateSecret()];
    const headers = webhookHeaders('msg_1', now, body, [next, old], key);
    expect(headers['webhook-signature'].split(' ').map((s) => s.split(',')[0])).toEqual([
      'v1',
      'v1',
      'v1a',
    ]);
    expect(() => new Webhook(next).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(old).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(generateSecret()).verify(body, headers)).toThrow();
  });

  it('then the v1a signature verifies with the public key, and fails on one changed byte', () => {
    const headers = webhookHeaders('msg_1', now, body, [generateSecret()], key);
    expect(verifyV1a(keys.publicKey, headers, body)).toEqual(JSON.parse(body));
    expect(() => verifyV1a(keys.publicKey, headers, body.replace('47', '48'))).toThrow(
      'no matching v1a signature',
    );
    expect(() => verifyV1a(generateSigningKeyPair().publicKey, headers, body)).toThrow();
  });

  it('refuses a timestamp outside the tolerance (replay protection)', () => {
    const headers = webhookHeaders('msg_1', now - 600, body, [], key);
    expect(() => verifyV1a(keys.publicKey, headers, body)).toThrow('webhook-timestamp');
  });
});
