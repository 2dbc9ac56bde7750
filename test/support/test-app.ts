import { INestApplication } from '@nestjs/common';
import { PrismaService } from '../../src/database/prisma.service';
import { ProcessEngine } from '../../src/engine/process-engine.port';
import { createApp } from '../../src/http/create-app';
import { harnessEnvironment, harnessInfo } from './test-environment';

export interface TestApp {
  app: INestApplication;
  engine: ProcessEngine;
  prisma: PrismaService;
  close(): Promise<void>;
}

/**
 * A full Nest application on the run's real PostgreSQL and Zeebe. Workers stay off unless asked for,
 * so that a process test can stand in for the workers it does not test.
 */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const info = harnessInfo();
  const env = harnessEnvironment({ RUN_WORKERS: 'false', ...overrides });
  const app = await createApp(env, { databaseUrl: info.databaseUrl, engineHistoryUrl: info.engineHistoryUrl, zeebe: info.zeebe });
  await app.init();
  return {
    app,
    close: () => app.close(),
    engine: app.get(ProcessEngine),
    prisma: app.get(PrismaService),
  };
}
