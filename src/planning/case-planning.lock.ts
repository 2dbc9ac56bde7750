import { Prisma } from '../generated/prisma/client';

type Tx = Prisma.TransactionClient;

/**
 * Puts a case's booking and its waiting-time escalations one after the other. The booking resolves
 * the escalations open at that moment (SlotBookingService); an escalation the engine raised while the
 * planning task was still open (a non-interrupting timer beside it) may be recorded by its worker at
 * the same moment. Under READ COMMITTED neither transaction would see the other's uncommitted row, and
 * the escalation would stay open for ever after the booking ended its planning. Both take this lock on
 * the case row first, so that whichever comes second reads what the first committed.
 */
export async function lockCasePlanning(tx: Tx, caseId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "jbt_case" WHERE "id" = ${caseId}::uuid FOR UPDATE`;
}
