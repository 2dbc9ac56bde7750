import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnvironmentDto } from '../../src/config/environment.dto';
import { loadEnvironment } from '../../src/config/load-environment';
import { pickFreePorts } from '../../src/runtime/ports';

/** Where the harness leaves what the tests need to reach the shared infrastructure. */
export const HARNESS_KEY = 'JBT_TEST_HARNESS';

export interface HarnessInfo {
  databaseUrl: string;
  engineHistoryUrl: string;
  env: Record<string, string>;
  zeebe: { grpcAddress: string; managementAddress: string; restAddress: string };
}

/**
 * The environment of a test run: free ports below the ephemeral range, a fresh data folder, the
 * engine clock under the tests' control, and PostgreSQL from TEST_DATABASE_URL or embedded.
 */
export async function testEnvironment(): Promise<Record<string, string>> {
  const [grpc, rest, management, command, internal, pg, mail, http] = await pickFreePorts(8);
  const dataDir = mkdtempSync(join(tmpdir(), 'jbt-test-'));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pg),
    ENGINE_DATABASE_NAME: `camunda_test_${process.pid}`,
    LOG_LEVEL: 'warn',
    // Off by default: several apps and worker processes of one run would compete for its port. A test
    // of the catcher turns it on; a test of mail starts its own SMTP listener and sets SMTP_PORT.
    MAIL_CATCHER: 'false',
    MAIL_CATCHER_PORT: String(mail),
    PORT: String(http),
    ZEEBE_CLOCK_CONTROLLED: 'true',
    ZEEBE_COMMAND_PORT: String(command),
    ZEEBE_GRPC_PORT: String(grpc),
    ZEEBE_INTERNAL_PORT: String(internal),
    ZEEBE_JAVA_OPTS: '-Xms256m -Xmx768m -XX:+UseSerialGC -XX:TieredStopAtLevel=1',
    ZEEBE_MANAGEMENT_PORT: String(management),
    ZEEBE_REST_PORT: String(rest),
  };
  if (process.env.TEST_DATABASE_URL) {
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/jbt_test_${process.pid}_${Date.now()}`;
    env.DATABASE_URL = url.toString();
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
