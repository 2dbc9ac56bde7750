import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { EnvironmentDto } from '../../config/environment.dto';
import { ensureDatabase, redact, toJdbc, withDatabase } from '../../database/database-urls';
import { dataDirSecret } from '../../runtime/data-dir-secret';
import { StartupError } from '../../runtime/ports';
import { EngineConnection } from '../engine-connection';
import { defaultCacheDir } from './engine-build';
import { engineVersion, LocalEngine } from './local-engine';

/** The engine the service runs on, and how to stop what this process started of it. */
export interface StartedEngine {
  connection: EngineConnection;
  /** True when the engine's database did not exist before: nothing projected from it is valid. */
  freshDatabase: boolean;
  stop(): Promise<void>;
  version: string;
}

/**
 * Starts a local engine node (built from src/engine/app) on its own database beside the case record,
 * or, with ENGINE_URL, connects to engine nodes started elsewhere (a cluster on one database).
 */
export async function startEngine(env: EnvironmentDto, caseRecordUrl: string): Promise<StartedEngine> {
  const logger = new Logger('Engine');
  const databaseUrl = env.ENGINE_DATABASE_URL ?? withDatabase(caseRecordUrl, env.ENGINE_DATABASE_NAME);
  if (env.ENGINE_URL) {
    const restUrls = env.ENGINE_URL.split(',').map((url) => url.replace(/\/+$/, ''));
    const token = env.ENGINE_TOKEN!;
    const versions = await Promise.all(restUrls.map((url) => engineVersion(url, token)));
    const silent = restUrls.filter((_url, index) => !versions[index]);
    if (silent.length === restUrls.length) throw new StartupError(`No engine answers at ${restUrls.join(', ')} with ENGINE_TOKEN; start the engine nodes first or check the token.`);
    if (silent.length > 0) logger.warn(`Engine node(s) ${silent.join(', ')} do not answer yet; workers will poll them when they do`);
    logger.log(`Using the engine nodes at ${restUrls.join(', ')} (database ${redact(databaseUrl)}); no local engine is started`);
    return {
      connection: { databaseUrl, restUrls, testClock: env.ENGINE_TEST_CLOCK, token },
      freshDatabase: false,
      stop: async () => undefined,
      version: versions.find(Boolean)!,
    };
  }
  const freshDatabase = await ensureDatabase(databaseUrl);
  const token = env.ENGINE_TOKEN ?? dataDirSecret(env.DATA_DIR, 'engine-token');
  const engine = new LocalEngine({
    cacheDir: env.ENGINE_CACHE_DIR ? resolve(env.ENGINE_CACHE_DIR) : defaultCacheDir(),
    dataDir: env.DATA_DIR,
    database: toJdbc(databaseUrl),
    host: env.ENGINE_HOST,
    javaHome: env.JAVA_HOME,
    javaOpts: env.ENGINE_JAVA_OPTS,
    nodeName: `jbt-engine-${hostname()}-${env.ENGINE_PORT}`,
    port: env.ENGINE_PORT,
    startTimeoutSeconds: env.ENGINE_START_TIMEOUT_SECONDS,
    testClock: env.ENGINE_TEST_CLOCK,
    token,
  });
  const running = await engine.start();
  return {
    connection: { databaseUrl, restUrls: [running.restUrl], testClock: env.ENGINE_TEST_CLOCK, token },
    freshDatabase,
    stop: () => engine.stop(),
    version: running.version,
  };
}
