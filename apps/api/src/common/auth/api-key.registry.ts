import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hashApiKey, sameHash } from './api-key-hash';
import { Principal, ROLES, Role, isRole } from '@app/platform';

/** A configured key: never the key itself, only its SHA-256. */
export interface ApiKeyEntry {
  name: string;
  roles: Role[];
  sha256: string;
}

/** A key generated for local development; the only place a plaintext key exists. */
export interface DevelopmentApiKey {
  name: string;
  roles: Role[];
  key: string;
}

/**
 * API keys mapped to roles.
 *
 * Configuration (the same JSON in either place; both may be used):
 *   API_KEYS='[{"name":"finance-desk","roles":["finance"],"sha256":"<hex sha256 of the key>"}]'
 *   API_KEYS_FILE=/run/secrets/api-keys.json
 * (`"role": "finance"` is accepted for a single role; compute the hash with `hashApiKey(key)`
 * or `printf %s "$KEY" | sha256sum`.)
 *
 * Outside production, when neither is set, one key per role is generated at start-up and
 * printed (developmentKeyLines). They are random unless DEV_API_KEYS=fixed, which makes them
 * `dev-<role>-key` (dev-admin-key, dev-finance-key…) for copy-paste README examples. In
 * production an empty configuration is a start-up error: the API never runs open.
 */
export class ApiKeyRegistry {
  private constructor(
    private readonly entries: readonly ApiKeyEntry[],
    readonly developmentKeys: readonly DevelopmentApiKey[] = [],
  ) {}

  static fromEntries(entries: ApiKeyEntry[]): ApiKeyRegistry {
    return new ApiKeyRegistry(validateEntries(entries));
  }

  /** For tests and tools: plaintext keys in, hashed registry out. */
  static fromKeys(keys: { name: string; roles: Role[]; key: string }[]): ApiKeyRegistry {
    return ApiKeyRegistry.fromEntries(
      keys.map(({ name, roles, key }) => ({ name, roles, sha256: hashApiKey(key) })),
    );
  }

  static fromEnvironment(
    env: NodeJS.ProcessEnv = process.env,
    nodeEnv: string = env.NODE_ENV ?? 'development',
  ): ApiKeyRegistry {
    const entries = [
      ...(env.API_KEYS ? parseEntries(env.API_KEYS, 'API_KEYS') : []),
      ...(env.API_KEYS_FILE
        ? parseEntries(readFileSync(env.API_KEYS_FILE, 'utf8'), env.API_KEYS_FILE)
        : []),
    ];
    if (entries.length > 0) return ApiKeyRegistry.fromEntries(entries);
    if (nodeEnv === 'production') {
      throw new Error(
        'Configuration error: set API_KEYS or API_KEYS_FILE (no API keys configured in production)',
      );
    }
    const fixed = env.DEV_API_KEYS === 'fixed';
    const devKeys: DevelopmentApiKey[] = ROLES.map((role) => ({
      name: `dev-${role}`,
      roles: [role],
      key: fixed ? `dev-${role}-key` : `dev-${role}-${randomBytes(18).toString('base64url')}`,
    }));
    const hashed = devKeys.map(({ name, roles, key }) => ({
      name,
      roles,
      sha256: hashApiKey(key),
    }));
    return new ApiKeyRegistry(validateEntries(hashed), devKeys);
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * The principal for a presented key, or null. Every entry is compared (no early exit) in
   * constant time, so timing reveals neither which key matched nor how close a guess came.
   */
  authenticate(key: string): Principal | null {
    const digest = hashApiKey(key);
    let match: ApiKeyEntry | undefined;
    for (const entry of this.entries) {
      if (sameHash(entry.sha256, digest)) match = entry;
    }
    return match ? { name: match.name, roles: [...match.roles] } : null;
  }

  /** Lines for main.ts to log at start-up; empty unless development keys were generated. */
  developmentKeyLines(): string[] {
    if (this.developmentKeys.length === 0) return [];
    return [
      'No API keys configured (API_KEYS / API_KEYS_FILE): development keys for this run:',
      ...this.developmentKeys.map(
        (k) => `  ${k.roles.join(',').padEnd(12)} Authorization: Bearer ${k.key}`,
      ),
    ];
  }
}

function parseEntries(json: string, source: string): ApiKeyEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error(`Configuration error: ${source} is not valid JSON`);
  }
  if (!Array.isArray(raw)) throw new Error(`Configuration error: ${source} must be a JSON array`);
  return raw.map((item: unknown, i) => {
    const e = (item ?? {}) as { name?: unknown; role?: unknown; roles?: unknown; sha256?: unknown };
    const roles = Array.isArray(e.roles) ? e.roles : e.role !== undefined ? [e.role] : [];
    if (typeof e.name !== 'string' || typeof e.sha256 !== 'string' || !roles.every(isRole)) {
      throw new Error(
        `Configuration error: ${source}[${i}] needs name, role(s) among ${ROLES.join('/')}, sha256`,
      );
    }
    return { name: e.name, roles: roles as Role[], sha256: e.sha256.toLowerCase() };
  });
}

function validateEntries(entries: ApiKeyEntry[]): ApiKeyEntry[] {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!/^[0-9a-f]{64}$/.test(entry.sha256))
      throw new Error(`Configuration error: API key "${entry.name}": sha256 must be 64 hex digits`);
    if (entry.roles.length === 0 || !entry.roles.every(isRole))
      throw new Error(`Configuration error: API key "${entry.name}" needs at least one known role`);
    if (!entry.name.trim())
      throw new Error('Configuration error: every API key needs a name (it is the recorded actor)');
    if (seen.has(entry.sha256))
      throw new Error(`Configuration error: API key "${entry.name}" is configured twice`);
    seen.add(entry.sha256);
  }
  return entries.map((e) => ({ ...e, roles: [...e.roles] }));
}
