import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { StartupError } from '../runtime/ports';

/** Where the SQL migrations live, the same from src/ (tests) and dist/ (the built service). */
export const MIGRATIONS_DIR = resolve(__dirname, '..', '..', 'prisma', 'migrations');

/** Arbitrary constant: the advisory lock that keeps two starting processes from migrating at once. */
const MIGRATION_LOCK = 7_513_2015;

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/**
 * Applies prisma/migrations/<name>/migration.sql in name order, each in its own transaction, and
 * records them in Prisma's own `_prisma_migrations` table with Prisma's checksum. This does what
 * `prisma migrate deploy` does, without Prisma's native schema engine, which cannot be downloaded on
 * machines that reach only the npm registry (README, "Architecture"). A database migrated here is
 * seen as up to date by `prisma migrate deploy` and the other way round.
 */
export async function migrate(url: string, directory = MIGRATIONS_DIR): Promise<string[]> {
  const logger = new Logger('Migrations');
  const migrations = readMigrations(directory);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const applied = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const done = new Map(applied.rows.map((row) => [row.migration_name, row.checksum]));
    const ran: string[] = [];
    for (const migration of migrations) {
      const checksum = done.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new StartupError(`Migration ${migration.name} was changed after it was applied. Add a new migration instead of editing an applied one.`);
        }
        continue;
      }
      await apply(client, migration);
      logger.log(`Applied migration ${migration.name}`);
      ran.push(migration.name);
    }
    return ran;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}

async function apply(client: Client, migration: Migration): Promise<void> {
  const id = randomUUID();
  try {
    await client.query('BEGIN');
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [id, migration.checksum, migration.name],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new StartupError(`Migration ${migration.name} failed: ${(error as Error).message}`);
  }
}

export function readMigrations(directory: string): Migration[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(directory, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(directory, name, 'migration.sql'), 'utf8');
      return { checksum: createHash('sha256').update(sql).digest('hex'), name, sql };
    });
}
