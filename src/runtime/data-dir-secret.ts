import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A secret generated once into the data folder (readable by its owner only), so that it survives
 * restarts and every process on the same data folder agrees. Two processes starting at once both try
 * to create the file; the second reads the first's secret.
 */
export function dataDirSecret(dataDir: string, name: string): string {
  const directory = resolve(dataDir);
  const file = join(directory, name);
  mkdirSync(directory, { recursive: true });
  try {
    writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} holds a secret shorter than 32 characters; delete it to have a new one generated`);
  return secret;
}
