import { Client } from 'pg';
import { StartupError } from '../runtime/ports';

/** The same server and credentials as `url`, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/** A JDBC URL (for the broker's exporter) for the same database, with credentials split off. */
export function toJdbc(url: string): { jdbcUrl: string; user: string; password: string } {
  const parsed = new URL(url);
  const search = parsed.search ? parsed.search : '';
  return {
    jdbcUrl: `jdbc:postgresql://${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}${search}`,
    password: decodeURIComponent(parsed.password),
    user: decodeURIComponent(parsed.username),
  };
}

/**
 * Creates the database named in `url` when it does not exist yet, connecting to the server's
 * maintenance database. Fails with one line when the server cannot be reached.
 */
export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  const client = new Client({ connectionString: withDatabase(url, 'postgres'), connectionTimeoutMillis: 10000 });
  try {
    await client.connect();
  } catch (error) {
    throw new StartupError(`Cannot reach PostgreSQL at ${redact(url)}: ${(error as Error).message}. Check DATABASE_URL or unset it to use the embedded database.`);
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } catch (error) {
    // Two processes may create the same database at once; the loser sees 42P04 and is content.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

/** The URL without its password, for messages and logs. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<invalid url>';
  }
}

/**
 * Drops the exporter's tables (all named zeebe_*) from the engine's history database, and resets the
 * projections' cursors in the case record, which point at positions of the old broker's log.
 */
export async function dropEngineHistory(url: string, caseRecordUrl: string): Promise<void> {
  const caseRecord = new Client({ connectionString: caseRecordUrl });
  await caseRecord.connect();
  try {
    await caseRecord.query('DELETE FROM projection_cursor');
  } finally {
    await caseRecord.end();
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'zeebe\\_%'");
    for (const { name } of rows) await client.query(`DROP TABLE IF EXISTS "${name}" CASCADE`);
  } finally {
    await client.end();
  }
}
