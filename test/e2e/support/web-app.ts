import { INestApplication } from '@nestjs/common';
import { createApp } from '../../../src/http/create-app';
import { pickFreePorts } from '../../../src/runtime/ports';
import { harnessEnvironment, harnessInfo } from '../../support/test-environment';
import { ensureWebBuilt } from './web-build';

export interface WebApp {
  app: INestApplication;
  /** http://127.0.0.1:<port>, where the API and the built web app are served. */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The real service (API and web app, as `npm start` serves them) on a free port, on the run's
 * PostgreSQL and Operaton engine. Workers stay off unless a test asks for them with RUN_WORKERS=true.
 */
export async function startWebApp(overrides: Record<string, string> = {}): Promise<WebApp> {
  ensureWebBuilt();
  const [port] = await pickFreePorts(1);
  const info = harnessInfo();
  const env = harnessEnvironment({ PORT: String(port), RUN_WEB: 'true', RUN_WORKERS: 'false', ...overrides });
  const app = await createApp(env, { databaseUrl: info.databaseUrl, engine: info.engine });
  await app.listen(port, '127.0.0.1');
  return { app, baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
}
