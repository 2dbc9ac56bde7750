import { Prisma } from '../generated/prisma/client';
import { CaseNorm, NormColumns, normOf } from './norm-status';
import { normColumnsSql, normJoinSql } from './norm-status.sql';

/** The planning norm of one case (the rule of norm-status.ts), read in the caller's transaction. */
export async function readCaseNorm(tx: Prisma.TransactionClient, caseId: string, now = new Date()): Promise<CaseNorm | null> {
  const [row] = await tx.$queryRaw<NormColumns[]>`SELECT ${normColumnsSql(now)} FROM jbt_case c ${normJoinSql('c.id')} WHERE c.id = ${caseId}::uuid`;
  return row ? normOf(row, now) : null;
}
