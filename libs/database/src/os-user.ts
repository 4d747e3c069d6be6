import { execFileSync } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StartupError } from './startup-error';

export interface OsUser {
  name: string;
  uid: number;
  gid: number;
}

function lookup(name: string): OsUser | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { stdio: 'pipe' }).toString().trim());
    const gid = Number(execFileSync('id', ['-g', name], { stdio: 'pipe' }).toString().trim());
    return { name, uid, gid };
  } catch {
    return undefined;
  }
}

/** The OS user PostgreSQL runs as when we are root (initdb and postgres refuse root), created if missing. */
export function ensureOsUser(name: string): OsUser {
  const existing = lookup(name);
  if (existing) return existing;
  try {
    execFileSync('groupadd', ['--system', name], { stdio: 'pipe' });
  } catch {
    // the group may exist without the user
  }
  try {
    execFileSync(
      'useradd',
      ['--system', '-g', name, '--no-create-home', '--shell', '/usr/sbin/nologin', name],
      { stdio: 'pipe' },
    );
  } catch (error) {
    throw new StartupError(
      `running as root, the embedded PostgreSQL needs the OS user "${name}", which could not be created (${String(error)})`,
      `create it (useradd --system ${name}), run as a normal user, or set DATABASE_URL`,
      { cause: error },
    );
  }
  const created = lookup(name);
  if (!created) throw new StartupError(`OS user "${name}" not found after useradd`, `create it`);
  return created;
}

/** Can `user` reach (search) `dir`: execute permission on it and on every parent? */
export async function reachableBy(user: OsUser, dir: string): Promise<boolean> {
  for (let d = dir; ; d = dirname(d)) {
    let info;
    try {
      info = await stat(d);
    } catch {
      return false;
    }
    const bit = info.uid === user.uid ? 0o100 : info.gid === user.gid ? 0o010 : 0o001;
    if ((info.mode & bit) === 0) return false;
    if (dirname(d) === d) return true;
  }
}
