import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { EnvironmentDto } from '../config/environment.dto';
import { ensureDatabase, redact } from '../database/database-urls';
import { startEmbeddedDatabase } from '../database/embedded-database';
import { migrate } from '../database/migrator';
import { EngineConnection } from '../engine/engine-connection';
import { startEngine } from '../engine/runtime/engine-startup';

/** The parts the service runs on, started before Nest so that modules get plain addresses. */
export interface Infrastructure {
  databaseUrl: string;
  engine: EngineConnection;
  engineVersion: string;
  /** Stops what this process started (engine, embedded database), in reverse order. */
  stop(): Promise<void>;
}

/**
 * Starts (or connects to) PostgreSQL and the engine: the embedded database unless DATABASE_URL is
 * set, the schema migrations, and a local Operaton engine on its own database unless ENGINE_URL names
 * running nodes. On failure, whatever was started is stopped again.
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
    const engine = await startEngine(env, databaseUrl);
    stops.push(() => engine.stop());
    // A new engine database starts its user-task outbox afresh: positions read from an earlier one mean nothing.
    if (engine.freshDatabase) await forgetProjectionCursors(databaseUrl);
    return { databaseUrl, engine: engine.connection, engineVersion: engine.version, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function forgetProjectionCursors(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('DELETE FROM projection_cursor');
  } finally {
    await client.end();
  }
}
