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

/** A JDBC URL (for the engine) for the same database, with credentials split off. */
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
 * maintenance database; resolves whether it created it. Fails with one line when the server cannot
 * be reached.
 */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url);
  const client = new Client({ connectionString: withDatabase(url, 'postgres'), connectionTimeoutMillis: 10000 });
  try {
    await client.connect();
  } catch (error) {
    throw new StartupError(`Cannot reach PostgreSQL at ${redact(url)}: ${(error as Error).message}. Check DATABASE_URL or unset it to use the embedded database.`);
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount !== 0) return false;
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } catch (error) {
    // Two processes may create the same database at once; the loser sees 42P04 and is content.
    if ((error as { code?: string }).code !== '42P04') throw error;
    return false;
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
