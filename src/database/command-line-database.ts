import { Client } from 'pg';
import { EnvironmentDto } from '../config/environment.dto';
import { ensureDatabase } from './database-urls';
import { startEmbeddedDatabase } from './embedded-database';

/** The case record's database for a command-line tool, and how to let go of it afterwards. */
export interface CommandLineDatabase {
  /** Stops the embedded server when the tool started it; a server it joined keeps running. */
  release(): Promise<void>;
  url: string;
}

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The database a tool such as `npm run seed` or `npm run audit:verify` works on: DATABASE_URL when set
 * (created first when `create` asks for it); otherwise the embedded PostgreSQL of DATA_DIR, joining
 * the server of a running service, or starting it for the tool's run. A running service's server is
 * never restarted under it.
 */
export async function openCommandLineDatabase(env: Pick<EnvironmentDto, 'DATABASE_URL' | 'DATA_DIR' | 'EMBEDDED_PG_PORT'>, options: { create?: boolean } = {}): Promise<CommandLineDatabase> {
  if (env.DATABASE_URL) {
    if (options.create) await ensureDatabase(env.DATABASE_URL);
    return { release: async () => undefined, url: env.DATABASE_URL };
  }
  // The embedded server's credentials (src/database/embedded-database.ts).
  const running = `postgresql://jbt:jbt@127.0.0.1:${env.EMBEDDED_PG_PORT}/jbt`;
  if (await reachable(running)) return { release: async () => undefined, url: running };
  const embedded = await startEmbeddedDatabase(env.DATA_DIR, env.EMBEDDED_PG_PORT);
  return { release: () => embedded.stop(), url: embedded.url };
}
