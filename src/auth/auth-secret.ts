import { EnvironmentDto } from '../config/environment.dto';
import { dataDirSecret } from '../runtime/data-dir-secret';

/**
 * The secret that signs session tokens: AUTH_SECRET when set, otherwise one generated once into
 * DATA_DIR, so that sessions survive restarts and every process on the same data folder agrees.
 */
export function resolveAuthSecret(env: Pick<EnvironmentDto, 'AUTH_SECRET' | 'DATA_DIR'>): Buffer {
  return Buffer.from(env.AUTH_SECRET ?? dataDirSecret(env.DATA_DIR, 'auth-secret'), 'utf8');
}
