import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { SqlReader, verifyAuditChain } from '../../../src/audit/chain/audit-chain.verifier';
import { auditRowHash, GENESIS_HASH } from '../../../src/audit/chain/audit-row-hash';
import { isolatedDatabase, IsolatedDatabase, tamper, writeAuditRows } from './support/isolated-database';

const ROOT = resolve(__dirname, '..', '..', '..');
const SECRET = 'an-audit-secret-for-the-chain-tests-0123456789';

const readerOf = (client: Client): SqlReader => async (sql, params) => (await client.query(sql, params)).rows;

/** `npm run audit:verify` against a database: its exit code and what it printed. */
function auditVerify(url: string): { code: number | null; output: string } {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/audit/chain/audit-verify-cli.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, AUDIT_SECRET: SECRET, DATABASE_URL: url, DATA_DIR: mkdtempSync(join(tmpdir(), 'jbt-verify-')) },
    timeout: 60_000,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

interface StoredRow {
  action: string;
  actor_id: string | null;
  case_id: string | null;
  client_ip: string | null;
  details_text: string | null;
  id: string;
  occurred_at: Date;
  on_behalf_of: string | null;
  outcome: string;
  prev_hash: string;
  resource: string;
  row_hash: string;
  seq: string;
}

async function chain(client: Client): Promise<StoredRow[]> {
  const { rows } = await client.query<StoredRow>(`SELECT *, "seq"::text AS "seq", "case_id"::text AS "case_id", "details"::text AS "details_text" FROM "audit_event" ORDER BY "audit_event"."seq"`);
  return rows;
}

describe('The audit log chained by hash', () => {
  let db: IsolatedDatabase;

  beforeEach(async () => {
    db = await isolatedDatabase();
  });
  afterEach(() => db?.drop());

  it('gives every committed row the next place, its predecessor’s hash, and a hash the checker recomputes from its content', async () => {
    // Given rows with odd content: text outside ASCII, nested details, no actor
    await writeAuditRows(db.client, [{ details: { reden: 'één — ✓', nested: { list: [1, 2.5, null] } } }, { actorId: null }, { action: 'LOGIN', details: { semicolon: 'a;b"c' } }]);

    // When the chain is read back
    const rows = await chain(db.client);

    // Then the places run 1, 2, 3, each row names its predecessor's hash, and the database's hash is the checker's
    expect(rows.map((row) => row.seq)).toEqual(['1', '2', '3']);
    expect(rows.map((row) => row.prev_hash)).toEqual([GENESIS_HASH, rows[0].row_hash, rows[1].row_hash]);
    for (const row of rows) {
      const recomputed = auditRowHash({
        action: row.action, actorId: row.actor_id, caseId: row.case_id, clientIp: row.client_ip, detailsText: row.details_text, id: row.id,
        occurredAt: row.occurred_at, onBehalfOf: row.on_behalf_of, outcome: row.outcome, prevHash: row.prev_hash, resource: row.resource, seq: row.seq,
      });
      expect(recomputed).toBe(row.row_hash);
    }
    const { rows: [head] } = await db.client.query('SELECT "seq"::text AS "seq", "hash" FROM "audit_chain_head"');
    expect(head).toEqual({ hash: rows[2].row_hash, seq: '3' });
    await expect(verifyAuditChain(readerOf(db.client))).resolves.toMatchObject({ intact: true, problems: [], rowsChecked: 3 });
  });

  it('keeps one unbroken chain while many connections write at once, each in its own transactions', async () => {
    // Given eight connections, each committing fifteen transactions of one to three rows, pausing inside them
    const writers = await Promise.all(Array.from({ length: 8 }, async () => {
      const client = new Client({ connectionString: db.url });
      await client.connect();
      return client;
    }));
    let written = 0;
    await Promise.all(writers.map(async (client, w) => {
      for (let t = 0; t < 15; t += 1) {
        const rows = 1 + ((w + t) % 3);
        await client.query('BEGIN');
        for (let r = 0; r < rows; r += 1) {
          await client.query(`INSERT INTO "audit_event" ("id", "action", "outcome", "resource", "details") VALUES (gen_random_uuid(), 'READ_CASE', 'ALLOWED', 'case', $1)`, [JSON.stringify({ r, t, w })]);
          await client.query('SELECT pg_sleep($1)', [((w * 7 + t * 3 + r) % 5) / 1000]);
        }
        await client.query('COMMIT');
        written += rows;
      }
    }));
    await Promise.all(writers.map((client) => client.end()));

    // When the chain is checked
    const report = await verifyAuditChain(readerOf(db.client));

    // Then every row has its own place, one after the other, and every link holds
    expect(report).toMatchObject({ headSeq: String(written), intact: true, problems: [], rowsChecked: written });
    const { rows: [{ distinct }] } = await db.client.query('SELECT count(DISTINCT "prev_hash")::int AS "distinct" FROM "audit_event"');
    expect(distinct).toBe(written);
  });

  it('refuses to change, remove or truncate rows, and places a row that arrives with a forged place', async () => {
    // Given a chained row
    const [id] = await writeAuditRows(db.client, [{}]);

    // Then the database refuses to change, delete or truncate it
    await expect(db.client.query(`UPDATE "audit_event" SET "outcome" = 'DENIED' WHERE "id" = $1`, [id])).rejects.toThrow('append-only');
    await expect(db.client.query(`DELETE FROM "audit_event" WHERE "id" = $1`, [id])).rejects.toThrow('append-only');
    await expect(db.client.query('TRUNCATE "audit_event"')).rejects.toThrow('append-only');

    // And a row written with a place and hashes of its own is placed by the chain all the same
    await db.client.query(`INSERT INTO "audit_event" ("id", "action", "outcome", "resource", "seq", "prev_hash", "row_hash") VALUES (gen_random_uuid(), 'X', 'ALLOWED', 'case', 1, 'forged', 'forged')`);
    const rows = await chain(db.client);
    expect(rows.map((row) => row.seq)).toEqual(['1', '2']);
    expect(rows[1].prev_hash).toBe(rows[0].row_hash);
    await expect(verifyAuditChain(readerOf(db.client))).resolves.toMatchObject({ intact: true });
  });

  it('passes an intact log: npm run audit:verify exits 0 and says so', async () => {
    await writeAuditRows(db.client, [{}, {}, {}]);
    const { code, output } = auditVerify(db.url);
    expect(output).toContain('rows 1–3 (3 checked)');
    expect(output).toContain('Intact: no row changed or removed.');
    expect(code).toBe(0);
  });

  it('names the row whose content was changed', async () => {
    // Given five rows, of which an attacker with database rights changes the third's outcome
    const ids = await writeAuditRows(db.client, [{}, {}, {}, {}, {}]);
    await tamper(db.client, `UPDATE "audit_event" SET "outcome" = 'DENIED' WHERE "id" = $1`, [ids[2]]);

    // When the log is checked
    const { code, output } = auditVerify(db.url);

    // Then the check fails and names row 3 by place and id, and no other
    expect(code).toBe(1);
    expect(output).toContain(`- [CHANGED] row 3 (id ${ids[2]}`);
    expect(output).toContain('1 problem(s)');
  });

  it('names the changed row also when its hash was recomputed to hide the change', async () => {
    // Given four rows, the second changed and given the hash its new content has
    const ids = await writeAuditRows(db.client, [{}, {}, {}, {}]);
    await tamper(db.client, `UPDATE "audit_event" SET "outcome" = 'DENIED' WHERE "id" = $1`, [ids[1]]);
    await tamper(db.client, `UPDATE "audit_event" e SET "row_hash" = "audit_event_hash"(e) WHERE "id" = $1`, [ids[1]]);

    // When the log is checked, then row 2 is named: row 3 still names its old hash
    const report = await verifyAuditChain(readerOf(db.client));
    expect(report.problems).toEqual([{ kind: 'CHANGED', message: expect.stringContaining(`row 2 (id ${ids[1]}`), seq: '2' }]);
    expect(report.problems[0].message).toContain('hash recomputed');
  });

  it('names rows removed from the middle and from the end', async () => {
    // Given seven rows, of which the attacker removes the fourth and fifth, and the last
    const ids = await writeAuditRows(db.client, [{}, {}, {}, {}, {}, {}, {}]);
    await tamper(db.client, `DELETE FROM "audit_event" WHERE "id" = ANY($1::uuid[])`, [[ids[3], ids[4], ids[6]]]);

    // When the log is checked
    const { code, output } = auditVerify(db.url);

    // Then both gaps are named by place
    expect(code).toBe(1);
    expect(output).toContain('[REMOVED] rows 4–5 are missing');
    expect(output).toContain('[REMOVED] row 7 is missing at the end of the chain');
  });

  it('names a row that was written with the chain switched off', async () => {
    await writeAuditRows(db.client, [{}]);
    await tamper(db.client, `INSERT INTO "audit_event" ("id", "action", "outcome", "resource") VALUES (gen_random_uuid(), 'SNEAKED_IN', 'ALLOWED', 'case')`);
    const report = await verifyAuditChain(readerOf(db.client));
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'UNCHAINED' })]);
  });
});
