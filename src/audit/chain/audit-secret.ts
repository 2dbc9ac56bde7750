import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EnvironmentDto } from '../../config/environment.dto';
import { dataDirSecret } from '../../runtime/data-dir-secret';

const FILE = 'audit-secret';

/** The secret that signs audit checkpoints: AUDIT_SECRET, or one generated once into DATA_DIR. */
export function resolveAuditSecret(env: Pick<EnvironmentDto, 'AUDIT_SECRET' | 'DATA_DIR'>): Buffer {
  return Buffer.from(env.AUDIT_SECRET ?? dataDirSecret(env.DATA_DIR, FILE), 'utf8');
}

/** The same secret for a checker, which must never generate one: undefined when there is none. */
export function existingAuditSecret(env: Pick<EnvironmentDto, 'AUDIT_SECRET' | 'DATA_DIR'>): Buffer | undefined {
  if (env.AUDIT_SECRET) return Buffer.from(env.AUDIT_SECRET, 'utf8');
  const file = join(resolve(env.DATA_DIR), FILE);
  return existsSync(file) ? Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8') : undefined;
}
