import { Prisma } from '../generated/prisma/client';
import { ReferralWithdrawnError } from '../case-lifecycle/case-lifecycle.errors';
import { CaseStatus } from '../generated/prisma/enums';

type Transaction = Prisma.TransactionClient;

const CONTEXT = {
  municipality: { select: { id: true, name: true } },
  region: true,
  table: { select: { id: true, location: true, name: true } },
} satisfies Prisma.CaseInclude;

export type CaseContext = Prisma.CaseGetPayload<{ include: typeof CONTEXT }>;

/** The case with what every letter needs: its number, region rules, table and municipality. */
export async function loadCaseContext(tx: Transaction, caseId: string): Promise<CaseContext> {
  const found = await tx.case.findUnique({ include: CONTEXT, where: { id: caseId } });
  if (!found) throw new Error(`Case ${caseId} is not in the case record`);
  return found;
}

/** Stops a step that only makes sense before a withdrawal (the model catches REFERRAL_WITHDRAWN). */
export function assertNotWithdrawn(kase: { id: string; status: CaseStatus; withdrawnAt: Date | null }): void {
  if (kase.withdrawnAt || kase.status === CaseStatus.WITHDRAWN) throw new ReferralWithdrawnError(kase.id);
}
