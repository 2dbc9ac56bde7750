import { Client } from 'pg';
import { AuditCheckpointSigner } from '../../../src/audit/chain/audit-checkpoint.signer';
import { SqlReader, verifyAuditChain } from '../../../src/audit/chain/audit-chain.verifier';
import { AuditRetentionService } from '../../../src/audit/retention/audit-retention.service';
import { EnvironmentDto } from '../../../src/config/environment.dto';
import { PrismaService } from '../../../src/database/prisma.service';
import { isolatedDatabase, IsolatedDatabase, tamper, writeAuditRows } from './support/isolated-database';

const SIGNER = new AuditCheckpointSigner(Buffer.from('an-audit-secret-for-the-retention-tests-0123'));
const DAY = 24 * 3600_000;
const NOW = new Date();
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

const readerOf = (client: Client): SqlReader => async (sql, params) => (await client.query(sql, params)).rows;

describe('Audit retention', () => {
  let db: IsolatedDatabase;
  let prisma: PrismaService;
  let retention: AuditRetentionService;

  beforeEach(async () => {
    db = await isolatedDatabase();
    prisma = new PrismaService(db.url);
    retention = new AuditRetentionService({ AUDIT_RETENTION_DAYS: 365 } as EnvironmentDto, prisma, SIGNER);
  });
  afterEach(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  });

  it('removes the rows older than the retention from the start, behind a signed checkpoint, and what is left still verifies', async () => {
    // Given five rows from over a year ago and three recent ones
    await writeAuditRows(db.client, [...Array.from({ length: 5 }, () => ({ occurredAt: daysAgo(400) })), {}, {}, {}]);

    // When the retention job runs
    const result = await retention.run(NOW);

    // Then the five old rows are gone, a signed checkpoint says where the chain goes on, and the chain checks out
    expect(result).toEqual({ checkpointId: expect.any(String), removed: 5, throughSeq: '5' });
    expect(Number((await db.client.query('SELECT count(*) FROM "audit_event"')).rows[0].count)).toBe(3);
    const report = await verifyAuditChain(readerOf(db.client), { signer: SIGNER });
    expect(report).toMatchObject({ firstSeq: '6', headSeq: '8', intact: true, rowsChecked: 3, signaturesChecked: true });

    // And a second run the same day changes nothing
    await expect(retention.run(NOW)).resolves.toMatchObject({ removed: 0, skipped: 'UNCHANGED' });
  });

  it('keeps an old row that comes after a newer one in the chain: only a prefix goes', async () => {
    await writeAuditRows(db.client, [{ occurredAt: daysAgo(500) }, { occurredAt: daysAgo(400) }, { occurredAt: daysAgo(10) }, { occurredAt: daysAgo(390) }, {}]);
    await expect(retention.run(NOW)).resolves.toMatchObject({ removed: 2, throughSeq: '2' });
    await expect(verifyAuditChain(readerOf(db.client), { signer: SIGNER })).resolves.toMatchObject({ firstSeq: '3', intact: true, rowsChecked: 3 });
  });

  it('removes nothing from a prefix that was tampered with, so no checkpoint vouches for it', async () => {
    // Given old rows, one of them changed
    const ids = await writeAuditRows(db.client, [{ occurredAt: daysAgo(400) }, { occurredAt: daysAgo(400) }, {}]);
    await tamper(db.client, `UPDATE "audit_event" SET "action" = 'NOTHING_TO_SEE' WHERE "id" = $1`, [ids[0]]);

    // When the job runs, then it refuses, and the evidence stays
    await expect(retention.run(NOW)).resolves.toMatchObject({ removed: 0, skipped: 'CHAIN_BROKEN' });
    expect(Number((await db.client.query('SELECT count(*) FROM "audit_event"')).rows[0].count)).toBe(3);
  });

  it('names rows removed from the start without a checkpoint, and a checkpoint forged to cover them', async () => {
    // Given rows of which the attacker removes the first two
    const ids = await writeAuditRows(db.client, [{}, {}, {}, {}]);
    await tamper(db.client, `DELETE FROM "audit_event" WHERE "id" = ANY($1::uuid[])`, [[ids[0], ids[1]]]);
    expect((await verifyAuditChain(readerOf(db.client), { signer: SIGNER })).problems).toEqual([expect.objectContaining({ kind: 'REMOVED', message: 'rows 1–2 are missing: removed from the log' })]);

    // When they add a checkpoint that claims the removal, without the audit secret
    const { rows: [row2] } = await db.client.query(`SELECT "prev_hash" FROM "audit_event" WHERE "id" = $1`, [ids[2]]);
    await db.client.query(
      `INSERT INTO "audit_checkpoint" ("id", "head_hash", "head_seq", "removed_before", "rows_removed", "signature", "through_hash", "through_seq") VALUES (gen_random_uuid(), 'x', 2, now(), 2, 'forged', $1, 2)`,
      [row2.prev_hash],
    );

    // Then the gap is covered, but the checkpoint is named as forged
    const report = await verifyAuditChain(readerOf(db.client), { signer: SIGNER });
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'CHECKPOINT', message: expect.stringContaining('carries no valid signature') })]);
  });

  it('names rows cut off at the end after a checkpoint saw them, even when the head was moved back too', async () => {
    // Given six recent rows and a run of the job (nothing to remove: it vouches for the end)
    const ids = await writeAuditRows(db.client, Array.from({ length: 6 }, () => ({})));
    await expect(retention.run(NOW)).resolves.toMatchObject({ removed: 0, throughSeq: '0' });

    // When the attacker removes the last two rows and sets the head back to the fourth
    await tamper(db.client, `DELETE FROM "audit_event" WHERE "id" = ANY($1::uuid[])`, [[ids[4], ids[5]]]);
    await db.client.query(`UPDATE "audit_chain_head" SET "seq" = 4, "hash" = (SELECT "row_hash" FROM "audit_event" WHERE "seq" = 4)`);

    // Then the check names the rows the signed checkpoint saw
    const report = await verifyAuditChain(readerOf(db.client), { signer: SIGNER });
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'REMOVED', message: expect.stringContaining('rows 5–6 are missing: the signed checkpoint') })]);
  });
});
