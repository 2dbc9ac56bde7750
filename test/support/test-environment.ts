import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnvironmentDto } from '../../src/config/environment.dto';
import { EngineConnection } from '../../src/engine/engine-connection';
import { loadEnvironment } from '../../src/config/load-environment';
import { pickFreePorts } from '../../src/runtime/ports';

/** Where the harness leaves what the tests need to reach the shared infrastructure. */
export const HARNESS_KEY = 'JBT_TEST_HARNESS';

export interface HarnessInfo {
  databaseUrl: string;
  engine: EngineConnection;
  env: Record<string, string>;
}

/**
 * The environment of a test run: free ports below the ephemeral range, a fresh data folder, the
 * engine clock under the tests' control, and PostgreSQL from TEST_DATABASE_URL or embedded.
 */
export async function testEnvironment(): Promise<Record<string, string>> {
  const [engine, pg, mail, http] = await pickFreePorts(4);
  const dataDir = mkdtempSync(join(tmpdir(), 'jbt-test-'));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pg),
    ENGINE_DATABASE_NAME: `operaton_test_${process.pid}`,
    // C1 only: the engine answers sooner, and a test run is short.
    ENGINE_JAVA_OPTS: '-Xms128m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1',
    ENGINE_PORT: String(engine),
    ENGINE_TEST_CLOCK: 'true',
    LOG_LEVEL: 'warn',
    // Off by default: several apps and worker processes of one run would compete for its port. A test
    // of the catcher turns it on; a test of mail starts its own SMTP listener and sets SMTP_PORT.
    MAIL_CATCHER: 'false',
    MAIL_CATCHER_PORT: String(mail),
    PORT: String(http),
  };
  if (process.env.TEST_DATABASE_URL) {
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/jbt_test_${process.pid}_${Date.now()}`;
    env.DATABASE_URL = url.toString();
    env.ENGINE_DATABASE_NAME = `operaton_test_${process.pid}_${Date.now()}`;
  }
  if (process.env.JAVA_HOME) env.JAVA_HOME = process.env.JAVA_HOME;
  return env;
}

export function harnessInfo(): HarnessInfo {
  const raw = process.env[HARNESS_KEY];
  if (!raw) throw new Error('The integration harness did not run (test/support/global-setup.ts)');
  return JSON.parse(raw) as HarnessInfo;
}

export function harnessEnvironment(overrides: Record<string, string> = {}): EnvironmentDto {
  return loadEnvironment({ ...harnessInfo().env, ...overrides });
}
