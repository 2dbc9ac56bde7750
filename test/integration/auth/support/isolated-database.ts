import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { ensureDatabase, withDatabase } from '../../../../src/database/database-urls';
import { migrate } from '../../../../src/database/migrator';
import { harnessInfo } from '../../../support/test-environment';

export interface IsolatedDatabase {
  /** A connection as the database's owner (it may disable triggers to play the attacker). */
  client: Client;
  url: string;
  drop(): Promise<void>;
}

/**
 * A migrated database of its own on the run's PostgreSQL server, for tests that tamper with the audit
 * chain or prune it: the run's shared database must stay intact for every other test.
 */
export async function isolatedDatabase(): Promise<IsolatedDatabase> {
  const name = `jbt_audit_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const url = withDatabase(harnessInfo().databaseUrl, name);
  await ensureDatabase(url);
  // Each isolated database would print every migration it applies.
  Logger.overrideLogger(['error', 'warn']);
  await migrate(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    client,
    drop: async () => {
      await client.end();
      const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
    url,
  };
}

/** Writes audit rows as the service does (the chain trigger places them at commit); their ids. */
export async function writeAuditRows(client: Client, rows: { action?: string; actorId?: string | null; details?: unknown; occurredAt?: Date }[]): Promise<string[]> {
  const ids: string[] = [];
  for (const row of rows) {
    const id = randomUUID();
    await client.query(
      `INSERT INTO "audit_event" ("id", "action", "actor_id", "client_ip", "details", "occurred_at", "outcome", "resource") VALUES ($1, $2, $3, '127.0.0.1', $4, COALESCE($5, now()), 'ALLOWED', 'case')`,
      [id, row.action ?? 'READ_CASE', row.actorId === undefined ? randomUUID() : row.actorId, row.details === undefined ? null : JSON.stringify(row.details), row.occurredAt ?? null],
    );
    ids.push(id);
  }
  return ids;
}

/** Plays the attacker with the database's owner rights: runs `sql` with the audit log's triggers off. */
export async function tamper(client: Client, sql: string, values: unknown[] = []): Promise<void> {
  await client.query('ALTER TABLE "audit_event" DISABLE TRIGGER USER');
  try {
    await client.query(sql, values);
  } finally {
    await client.query('ALTER TABLE "audit_event" ENABLE TRIGGER USER');
  }
}
