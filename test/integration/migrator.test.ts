import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureDatabase, withDatabase } from '../../src/database/database-urls';
import { migrate } from '../../src/database/migrator';
import { harnessInfo } from '../support/test-environment';

function migrationsFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

describe('The SQL migrator', () => {
  let url: string;
  beforeAll(async () => {
    url = withDatabase(harnessInfo().databaseUrl, `migrator_${Date.now()}`);
    await ensureDatabase(url);
  });

  it('applies pending migrations once, in name order, and records them as Prisma does', async () => {
    // Given two migrations, the second depending on the first
    const dir = migrationsFolder({
      '20260101000000_create_a': 'CREATE TABLE a (id int PRIMARY KEY);',
      '20260102000000_add_b': 'ALTER TABLE a ADD COLUMN b text;',
    });

    // When migrating twice
    const first = await migrate(url, dir);
    const second = await migrate(url, dir);

    // Then both ran the first time, none the second, and _prisma_migrations lists them
    expect(first).toEqual(['20260101000000_create_a', '20260102000000_add_b']);
    expect(second).toEqual([]);
    const client = new Client({ connectionString: url });
    await client.connect();
    const rows = await client.query('SELECT migration_name, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name');
    await client.end();
    expect(rows.rows).toEqual([
      { applied_steps_count: 1, migration_name: '20260101000000_create_a' },
      { applied_steps_count: 1, migration_name: '20260102000000_add_b' },
    ]);
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const dir = migrationsFolder({ '20260201000000_create_c': 'CREATE TABLE c (id int);' });
    await migrate(url, dir);
    writeFileSync(join(dir, '20260201000000_create_c', 'migration.sql'), 'CREATE TABLE c (id bigint);');

    await expect(migrate(url, dir)).rejects.toThrow('Migration 20260201000000_create_c was changed after it was applied');
  });

  it('rolls a failing migration back completely and names it', async () => {
    const dir = migrationsFolder({ '20260301000000_broken': 'CREATE TABLE d (id int); SELECT no_such_function();' });

    await expect(migrate(url, dir)).rejects.toThrow(/Migration 20260301000000_broken failed/);
    const client = new Client({ connectionString: url });
    await client.connect();
    const exists = await client.query("SELECT to_regclass('public.d') AS d");
    await client.end();
    expect(exists.rows[0].d).toBeNull();
  });
});
