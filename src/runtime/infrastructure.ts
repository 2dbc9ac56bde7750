import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { EnvironmentDto } from '../config/environment.dto';
import { dropEngineHistory, ensureDatabase, redact, toJdbc, withDatabase } from '../database/database-urls';
import { startEmbeddedDatabase } from '../database/embedded-database';
import { migrate } from '../database/migrator';
import { defaultCacheDir } from '../engine/runtime/broker-artifact';
import { LocalBroker } from '../engine/runtime/local-broker';
import { ZeebeConnection } from '../engine/zeebe/zeebe-connection';

/** The parts the service runs on, started before Nest so that modules get plain URLs. */
export interface Infrastructure {
  databaseUrl: string;
  engineHistoryUrl: string;
  zeebe: ZeebeConnection;
  /** Stops what this process started (broker, embedded database), in reverse order. */
  stop(): Promise<void>;
}

/**
 * Starts (or connects to) PostgreSQL and Zeebe: the embedded database unless DATABASE_URL is set,
 * the schema migrations, the engine's history database, and a local broker unless
 * ZEEBE_GRPC_ADDRESS points at a cluster. On failure, whatever was started is stopped again.
 */
export async function startInfrastructure(env: EnvironmentDto): Promise<Infrastructure> {
  const logger = new Logger('Infrastructure');
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch((error) => logger.warn(`Stopping: ${String(error)}`));
    stops.length = 0;
  };
  try {
    let databaseUrl = env.DATABASE_URL;
    if (databaseUrl) {
      await ensureDatabase(databaseUrl);
      logger.log(`Using PostgreSQL at ${redact(databaseUrl)}`);
    } else {
      const embedded = await startEmbeddedDatabase(env.DATA_DIR, env.EMBEDDED_PG_PORT);
      stops.push(() => embedded.stop());
      databaseUrl = embedded.url;
    }
    await migrate(databaseUrl);
    const engineHistoryUrl = withDatabase(databaseUrl, env.ENGINE_DATABASE_NAME);
    await ensureDatabase(engineHistoryUrl);

    let zeebe: ZeebeConnection;
    if (env.ZEEBE_GRPC_ADDRESS && env.ZEEBE_REST_ADDRESS) {
      zeebe = {
        grpcAddress: env.ZEEBE_GRPC_ADDRESS,
        managementAddress: env.ZEEBE_MANAGEMENT_ADDRESS,
        oauth:
          env.CAMUNDA_AUTH_STRATEGY === 'OAUTH'
            ? { audience: env.ZEEBE_TOKEN_AUDIENCE, clientId: env.ZEEBE_CLIENT_ID!, clientSecret: env.ZEEBE_CLIENT_SECRET!, url: env.CAMUNDA_OAUTH_URL! }
            : undefined,
        restAddress: env.ZEEBE_REST_ADDRESS,
      };
      logger.log(`Using the Zeebe cluster at ${env.ZEEBE_GRPC_ADDRESS}; no local broker is started`);
    } else {
      const broker = new LocalBroker({
        cacheDir: env.ZEEBE_CACHE_DIR ? resolve(env.ZEEBE_CACHE_DIR) : defaultCacheDir(),
        clockControlled: env.ZEEBE_CLOCK_CONTROLLED,
        commandPort: env.ZEEBE_COMMAND_PORT,
        dataDir: env.DATA_DIR,
        exporter: toJdbc(engineHistoryUrl),
        grpcPort: env.ZEEBE_GRPC_PORT,
        internalPort: env.ZEEBE_INTERNAL_PORT,
        javaHome: env.JAVA_HOME,
        javaOpts: env.ZEEBE_JAVA_OPTS,
        managementPort: env.ZEEBE_MANAGEMENT_PORT,
        restPort: env.ZEEBE_REST_PORT,
        startTimeoutSeconds: env.BROKER_START_TIMEOUT_SECONDS,
      });
      // The exporter's tables mirror one broker's log. A broker starting on empty data begins a new
      // log (keys and positions restart), so history left from an earlier broker must go first.
      if (!broker.hasState()) await dropEngineHistory(engineHistoryUrl, databaseUrl);
      stops.push(() => broker.stop());
      zeebe = await broker.start();
    }
    return { databaseUrl, engineHistoryUrl, stop, zeebe };
  } catch (error) {
    await stop();
    throw error;
  }
}

