import { EnvironmentDto } from '../config/environment.dto';

/** Where people reach the service, for links in mail: PUBLIC_URL, else this process's own address. */
export function publicUrl(env: EnvironmentDto): string {
  const base = env.PUBLIC_URL ?? `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`;
  return base.replace(/\/+$/, '');
}
