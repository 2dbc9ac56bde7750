import { Prisma } from '../generated/prisma/client';

type Tx = Prisma.TransactionClient;

/**
 * Locks a casus row for the rest of the transaction, so that writes about one casus that must see
 * each other's result happen one after the other. Under READ COMMITTED two transactions do not see
 * each other's uncommitted rows: the booking resolves the waiting-time escalations open at that
 * moment, and an escalation the engine raised beside the still open planning task may be recorded at
 * the same moment, which would stay open for ever; with this lock whichever comes second reads what
 * the first committed.
 */
export async function lockCaseRow(tx: Tx, caseId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "jbt_case" WHERE "id" = ${caseId}::uuid FOR UPDATE`;
}
