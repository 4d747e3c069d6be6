import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Seals the endpoints' signing secrets and private keys at rest. With a key
 * (WEBHOOK_ENCRYPTION_KEY, 32 bytes in base64): AES-256-GCM, stored as `gcm:<iv>.<tag>.<data>`.
 * Without (development and tests only; production refuses to start without it): `plain:<text>`,
 * so a database copied to production is recognisably unsealed.
 */
export class SecretBox {
  private constructor(private readonly key: Buffer | undefined) {}

  static withKey(base64Key: string | undefined): SecretBox {
    if (base64Key === undefined) return new SecretBox(undefined);
    const key = Buffer.from(base64Key, 'base64');
    if (key.length !== 32) throw new Error('WEBHOOK_ENCRYPTION_KEY must be 32 bytes in base64');
    return new SecretBox(key);
  }

  seal(text: string): string {
    if (!this.key) return `plain:${text}`;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64'));
    return `gcm:${parts.join('.')}`;
  }

  open(sealed: string): string {
    if (sealed.startsWith('plain:')) return sealed.slice(6);
    if (!sealed.startsWith('gcm:') || !this.key)
      throw new Error('a sealed webhook secret needs WEBHOOK_ENCRYPTION_KEY to be opened');
    const [iv, tag, data] = sealed
      .slice(4)
      .split('.')
      .map((p) => Buffer.from(p, 'base64'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  }
}
