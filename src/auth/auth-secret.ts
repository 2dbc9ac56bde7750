import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EnvironmentDto } from '../config/environment.dto';

const SECRET_FILE = 'auth-secret';

/**
 * The secret that signs session tokens: AUTH_SECRET when set, otherwise one generated once into
 * DATA_DIR, so that sessions survive restarts and every process on the same data folder agrees.
 * Two processes starting at once both try to create the file; the second reads the first's secret.
 */
export function resolveAuthSecret(env: Pick<EnvironmentDto, 'AUTH_SECRET' | 'DATA_DIR'>): Buffer {
  if (env.AUTH_SECRET) return Buffer.from(env.AUTH_SECRET, 'utf8');
  const directory = resolve(env.DATA_DIR);
  const file = join(directory, SECRET_FILE);
  mkdirSync(directory, { recursive: true });
  try {
    writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} holds a secret shorter than 32 characters; delete it to have a new one generated`);
  return Buffer.from(secret, 'utf8');
}
