import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freshCopyInPrivateDir, npmRun } from './fresh-copy';

const asRoot = userInfo().uid === 0;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Every line the service writes is a JSON object. */
function parsed(lines: string[]): Record<string, unknown>[] {
  return lines.map((line) => {
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`not a JSON log line: ${line}`);
    }
  });
}

describe('npm start from a fresh copy in a private (mode 700) directory', () => {
  let copy: { dir: string; remove(): void };
  let runtimeDir: string;

  beforeAll(() => {
    copy = freshCopyInPrivateDir();
    // As root, PostgreSQL's programs and data go where the `postgres` user reaches them; a
    // throw-away one here instead of /var/lib/contract-ledger.
    runtimeDir = mkdtempSync(join(tmpdir(), 'ledger-runtime-'));
    chmodSync(runtimeDir, 0o755);
  }, 60_000);

  afterAll(() => {
    copy?.remove();
    rmSync(runtimeDir, { recursive: true, force: true });
  });

  it(`starts, answers and stops cleanly ${asRoot ? 'as root (PostgreSQL runs as "postgres")' : 'as a normal user'}`, async () => {
    const run = npmRun(copy.dir, 'start', {
      PORT: '0',
      DEV_API_KEYS: 'fixed',
      LEDGER_RUNTIME_DIR: runtimeDir,
    });
    try {
      const [, url] = await run.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      const ready = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(20_000) });
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        status: 'ok',
        checks: { database: { status: 'up' }, eventStore: { status: 'up' } },
      });
      // The README's promise: started with the five reference contracts loaded (through the
      // command side, then projected: poll until the read model has caught up).
      let listed: unknown[] = [];
      for (let i = 0; i < 60 && listed.length < 5; i += 1) {
        const contracts = await fetch(`${url}/contracts`, {
          headers: { Authorization: 'Bearer dev-finance-key' },
          signal: AbortSignal.timeout(20_000),
        });
        expect(contracts.status).toBe(200);
        listed = ((await contracts.json()) as { contracts: unknown[] }).contracts;
        if (listed.length < 5) await new Promise((r) => setTimeout(r, 500));
      }
      expect(listed).toHaveLength(5);
    } finally {
      run.stop('SIGTERM');
    }
    // A stop that fails or hangs shows what the service said last (it cuts a hanging step short).
    expect({ status: await run.exitedWithin(90_000), said: run.lines.slice(-8) }).toEqual({
      status: 0,
      said: expect.any(Array),
    });
    expect(parsed(run.lines).every((l) => typeof l.level === 'string')).toBe(true);

    const dataDir = join(copy.dir, '.data/pg');
    if (asRoot) {
      // The data directory's parent is private: the data lives under the runtime directory,
      // and .data/pg points there, so the next start finds it again.
      expect(lstatSync(dataDir).isSymbolicLink()).toBe(true);
      expect(run.lines.join('\n')).toContain(`PostgreSQL programs copied to ${runtimeDir}`);
    } else {
      expect(lstatSync(dataDir).isDirectory()).toBe(true);
    }
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false); // PostgreSQL stopped too
  }, 240_000);

  it('refuses a mistaken setting with one JSON line saying what to do, never a stack', async () => {
    const run = npmRun(copy.dir, 'start', { NODE_ENV: 'prod', LOG_LEVEL: 'verbose' });
    expect(await run.exited).toBe(1);
    expect(parsed(run.lines)).toEqual([
      {
        time: expect.any(String),
        level: 'fatal',
        context: 'Bootstrap',
        msg:
          'start-up failed: Configuration error: NODE_ENV must be one of development, test, ' +
          'production (got "prod"); LOG_LEVEL must be one of debug, info, warn, error (got "verbose")',
        hint: 'fix the variables named above; README "Configuration" lists every setting and its rule',
      },
    ]);
  }, 120_000);

  it('says which port to change when the embedded PostgreSQL cannot bind', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const run = npmRun(copy.dir, 'start', {
        EMBEDDED_PG_PORT: String(port),
        SEED_ON_START: 'false',
        LEDGER_RUNTIME_DIR: runtimeDir,
      });
      expect({ status: await run.exited, output: run.lines }).toEqual({
        status: 1,
        output: expect.any(Array),
      });
      const lines = parsed(run.lines);
      const fatal = lines.filter((l) => l.level === 'fatal');
      expect(fatal).toHaveLength(1);
      expect(fatal[0].msg).toMatch(/^start-up failed: embedded PostgreSQL did not start/);
      expect(fatal[0].hint).toBe(
        `port ${port} is taken: set EMBEDDED_PG_PORT to a free port, or 0 for any`,
      );
      expect(run.lines.some((l) => /^\s+at /.test(l))).toBe(false);
    } finally {
      taken.close();
    }
  }, 120_000);
});

const ROOT = join(__dirname, '../../..');

/** What production requires besides API keys: the evidence signing key, the webhook sealing key. */
function productionSecrets(): NodeJS.ProcessEnv {
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    EVIDENCE_SIGNING_KEY: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    WEBHOOK_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };
}
const built = existsSync(join(ROOT, 'dist/apps/api/src/main.js'));

/** The compiled build: what the Dockerfile runs. .ci/run builds before `npm test`. */
(built ? describe : describe.skip)(
  `npm run start:prod from the compiled build${built ? '' : ' (skipped: no dist/, run `npm run build` first; .ci/run does)'}`,
  () => {
    let copy: { dir: string; remove(): void };
    let runtimeDir: string;
    const ADMIN_KEY = 'ci-admin-key';
    const apiKeys = JSON.stringify([
      { name: 'ci-admin', roles: ['admin'], sha256: sha256(ADMIN_KEY) },
    ]);

    beforeAll(() => {
      copy = freshCopyInPrivateDir();
      execFileSync('cp', ['-a', join(ROOT, 'dist'), join(copy.dir, 'dist')]);
      runtimeDir = mkdtempSync(join(tmpdir(), 'ledger-runtime-'));
      chmodSync(runtimeDir, 0o755);
    }, 60_000);

    afterAll(() => {
      copy?.remove();
      rmSync(runtimeDir, { recursive: true, force: true });
    });

    it('runs in production with plain node, without the seeds, and stops on SIGTERM', async () => {
      const run = npmRun(copy.dir, 'start:prod', {
        NODE_ENV: 'production',
        ALLOW_EMBEDDED_PG: 'true',
        API_KEYS: apiKeys,
        ...productionSecrets(),
        PORT: '0',
        LEDGER_RUNTIME_DIR: runtimeDir,
      });
      try {
        const [, url] = await run.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
        expect((await fetch(`${url}/health/ready`)).status).toBe(200);
        const list = await fetch(`${url}/contracts`, {
          headers: { Authorization: `Bearer ${ADMIN_KEY}` },
        });
        expect(((await list.json()) as { contracts: unknown[] }).contracts).toEqual([]);
        expect((await fetch(`${url}/contracts`)).status).toBe(401);
      } finally {
        run.stop('SIGTERM');
      }
      expect(await run.exited).toBe(0);
    }, 180_000);

    it('refuses the embedded PostgreSQL in production unless allowed', async () => {
      const run = npmRun(copy.dir, 'start:prod', {
        NODE_ENV: 'production',
        API_KEYS: apiKeys,
        ...productionSecrets(),
      });
      expect(await run.exited).toBe(1);
      expect(parsed(run.lines)).toEqual([
        expect.objectContaining({
          level: 'fatal',
          msg:
            'start-up failed: Configuration error: DATABASE_URL is required in production ' +
            '(NODE_ENV=production): set it to your PostgreSQL, or set ALLOW_EMBEDDED_PG=true ' +
            'to run the embedded one on purpose',
        }),
      ]);
    }, 60_000);
  },
);
