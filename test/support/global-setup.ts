import { Logger } from '@nestjs/common';
import { logLevels } from '../../src/http/create-app';
import { loadEnvironment } from '../../src/config/load-environment';
import { Infrastructure, startInfrastructure } from '../../src/runtime/infrastructure';
import { HARNESS_KEY, HarnessInfo, testEnvironment } from './test-environment';

declare global {
  var __JBT_INFRASTRUCTURE__: Infrastructure | undefined;
}

/**
 * Starts one real PostgreSQL and one real Operaton engine (test clock on) for the whole integration
 * run, exactly as `npm start` does, and hands their addresses to the test files.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const env = await testEnvironment();
  Logger.overrideLogger(logLevels(env.LOG_LEVEL));
  const infrastructure = await startInfrastructure(loadEnvironment(env));
  globalThis.__JBT_INFRASTRUCTURE__ = infrastructure;
  const info: HarnessInfo = {
    databaseUrl: infrastructure.databaseUrl,
    engine: infrastructure.engine,
    env: { ...env, DATABASE_URL: infrastructure.databaseUrl },
  };
  process.env[HARNESS_KEY] = JSON.stringify(info);
  process.stdout.write(`\n[harness] PostgreSQL and Operaton ${infrastructure.engineVersion} ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
