import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EnvironmentDto } from '../../config/environment.dto';
import { PrismaService } from '../../database/prisma.service';
import { Prisma } from '../../generated/prisma/client';
import { AuditCheckpointSigner } from '../chain/audit-checkpoint.signer';
import { SqlReader, verifyAuditChain } from '../chain/audit-chain.verifier';
import { GENESIS_HASH } from '../chain/audit-row-hash';

/** Arbitrary constant: the advisory lock that lets one process at a time run the retention job. */
const RETENTION_LOCK = 7_513_2026;
const DAY_MS = 24 * 3600_000;

export interface RetentionResult {
  checkpointId: string | null;
  removed: number;
  /** Why nothing was written: another process runs the job, nothing changed, or the chain is broken. */
  skipped?: 'BUSY' | 'CHAIN_BROKEN' | 'UNCHANGED';
  throughSeq: string;
}

/**
 * Removes audit rows older than AUDIT_RETENTION_DAYS from the start of the chain, behind a signed
 * checkpoint that says where the chain goes on (the last removed row's hash) and where it then ended,
 * so `npm run audit:verify` still checks what is left, and a cut at either end shows. Only a prefix is
 * removed (rows are chained in commit order, which follows time closely): a row is kept while any
 * older place must be kept. The prefix is verified before it goes: a checkpoint vouches only for rows
 * that were intact. Also runs with nothing to remove, to vouch for the chain's current end.
 */
@Injectable()
export class AuditRetentionService {
  private readonly logger = new Logger('AuditRetention');

  constructor(
    private readonly env: EnvironmentDto,
    private readonly prisma: PrismaService,
    private readonly signer: AuditCheckpointSigner,
  ) {}

  async run(now = new Date()): Promise<RetentionResult> {
    const removedBefore = new Date(now.getTime() - this.env.AUDIT_RETENTION_DAYS * DAY_MS);
    return this.prisma.$transaction(
      async (tx) => {
        const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${RETENTION_LOCK}) AS locked`;
        const latest = await tx.auditCheckpoint.findFirst({ orderBy: [{ throughSeq: 'desc' }, { createdAt: 'desc' }] });
        const from = latest?.throughSeq ?? 0n;
        if (!locked) return { checkpointId: null, removed: 0, skipped: 'BUSY', throughSeq: from.toString() };
        const head = await tx.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });
        const [{ firstKept }] = await tx.$queryRaw<{ firstKept: bigint | null }[]>`
          SELECT min("seq") AS "firstKept" FROM "audit_event" WHERE "seq" > ${from} AND "occurred_at" >= ${removedBefore}`;
        const through = firstKept === null ? head.seq : firstKept - 1n > from ? firstKept - 1n : from;
        if (through === from && latest?.headSeq === head.seq) return { checkpointId: latest.id, removed: 0, skipped: 'UNCHANGED', throughSeq: from.toString() };

        let throughHash = latest?.throughHash ?? GENESIS_HASH;
        let removed = 0;
        if (through > from) {
          const read: SqlReader = (sql, params) => tx.$queryRawUnsafe(sql, ...params);
          const report = await verifyAuditChain(read, { signer: this.signer, untilSeq: through });
          if (!report.intact) {
            this.logger.error(`Audit rows up to ${through} are due for removal, but the chain is broken; nothing removed. Run npm run audit:verify. ${report.problems.map((p) => p.message).join('; ')}`);
            return { checkpointId: null, removed: 0, skipped: 'CHAIN_BROKEN', throughSeq: from.toString() };
          }
          const last = await tx.auditEvent.findUniqueOrThrow({ select: { rowHash: true }, where: { seq: through } });
          throughHash = last.rowHash!;
          // The append-only trigger lets this transaction, and only up to here, delete.
          await tx.$executeRaw`SELECT set_config('jbt.audit_prune_through', ${through.toString()}, true)`;
          removed = await tx.$executeRaw`DELETE FROM "audit_event" WHERE "seq" > ${from} AND "seq" <= ${through}`;
        }
        const content = { createdAt: now, headHash: head.hash, headSeq: head.seq.toString(), id: randomUUID(), removedBefore, rowsRemoved: removed, throughHash, throughSeq: through.toString() };
        await tx.auditCheckpoint.create({
          data: { ...content, headSeq: head.seq, signature: this.signer.sign(content), throughSeq: through },
        });
        if (removed > 0) this.logger.log(`Removed ${removed} audit rows older than ${removedBefore.toISOString()} (up to place ${through}), behind a signed checkpoint`);
        return { checkpointId: content.id, removed, throughSeq: through.toString() };
      },
      { isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted, maxWait: 10_000, timeout: 10 * 60_000 },
    );
  }
}
