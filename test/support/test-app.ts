import { INestApplication } from '@nestjs/common';
import { PrismaService } from '../../src/database/prisma.service';
import { EngineClock } from '../../src/engine/engine-clock.port';
import { EngineConnection } from '../../src/engine/engine-connection';
import { ProcessEngine } from '../../src/engine/process-engine.port';
import { ProcessHistory } from '../../src/engine/process-history.port';
import { createApp } from '../../src/http/create-app';
import { harnessEnvironment, harnessInfo } from './test-environment';

export interface TestApp {
  app: INestApplication;
  /** The engine's test clock (the run's engine always has it). */
  clock: EngineClock;
  engine: ProcessEngine;
  history: ProcessHistory;
  prisma: PrismaService;
  close(): Promise<void>;
}

/**
 * A full Nest application on the run's real PostgreSQL and Operaton engine. Workers stay off unless asked for,
 * so that a process test can stand in for the workers it does not test. `engine` points it at other
 * nodes of the same engine database (a cluster test).
 */
export async function startTestApp(overrides: Record<string, string> = {}, engine: Partial<EngineConnection> = {}): Promise<TestApp> {
  const info = harnessInfo();
  const env = harnessEnvironment({ RUN_WORKERS: 'false', ...overrides });
  const app = await createApp(env, { databaseUrl: info.databaseUrl, engine: { ...info.engine, ...engine } });
  await app.init();
  return {
    app,
    clock: app.get(EngineClock),
    close: () => app.close(),
    engine: app.get(ProcessEngine),
    history: app.get(ProcessHistory),
    prisma: app.get(PrismaService),
  };
}
