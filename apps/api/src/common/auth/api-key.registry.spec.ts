import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashApiKey } from './api-key-hash';
import { ApiKeyRegistry } from './api-key.registry';
import { ROLES } from '@app/platform';

describe('ApiKeyRegistry', () => {
  const entry = (name: string, key: string, roles: string[]) => ({
    name,
    roles,
    sha256: hashApiKey(key),
  });

  it('loads hashed keys from API_KEYS and API_KEYS_FILE and authenticates by key', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'keys-')), 'keys.json');
    writeFileSync(
      file,
      JSON.stringify([{ name: 'legal-team', role: 'legal', sha256: hashApiKey('legal-secret') }]),
    );
    const registry = ApiKeyRegistry.fromEnvironment(
      {
        API_KEYS: JSON.stringify([entry('finance-desk', 'fin-secret', ['finance', 'integration'])]),
        API_KEYS_FILE: file,
      },
      'production',
    );
    expect(registry.size).toBe(2);
    expect(registry.authenticate('fin-secret')).toEqual({
      name: 'finance-desk',
      roles: ['finance', 'integration'],
    });
    expect(registry.authenticate('legal-secret')).toEqual({ name: 'legal-team', roles: ['legal'] });
    expect(registry.authenticate('fin-secret ')).toBeNull();
    expect(registry.developmentKeyLines()).toEqual([]);
  });

  it('refuses to start in production without keys', () => {
    expect(() => ApiKeyRegistry.fromEnvironment({}, 'production')).toThrow(/API_KEYS/);
  });

  it.each([
    ['not json', /valid JSON/],
    ['{}', /JSON array/],
    [JSON.stringify([{ name: 'x', roles: ['root'], sha256: hashApiKey('k') }]), /role/],
    [JSON.stringify([{ name: 'x', roles: ['admin'], sha256: 'abc' }]), /64 hex/],
    [JSON.stringify([entry('a', 'same', ['admin']), entry('b', 'same', ['legal'])]), /twice/],
  ])('rejects a bad configuration: %s', (json, message) => {
    expect(() => ApiKeyRegistry.fromEnvironment({ API_KEYS: json }, 'production')).toThrow(message);
  });

  it('generates one random key per role in development and prints them', () => {
    const registry = ApiKeyRegistry.fromEnvironment({}, 'development');
    expect(registry.developmentKeys.map((k) => k.roles[0])).toEqual([...ROLES]);
    const admin = registry.developmentKeys.find((k) => k.roles[0] === 'admin')!;
    expect(admin.key).not.toBe('dev-admin-key');
    expect(registry.authenticate(admin.key)).toEqual({ name: 'dev-admin', roles: ['admin'] });
    expect(registry.developmentKeyLines().join('\n')).toContain(admin.key);
  });

  it('DEV_API_KEYS=fixed gives predictable keys for README examples', () => {
    const registry = ApiKeyRegistry.fromEnvironment({ DEV_API_KEYS: 'fixed' }, 'development');
    expect(registry.authenticate('dev-finance-key')).toEqual({
      name: 'dev-finance',
      roles: ['finance'],
    });
  });
});
