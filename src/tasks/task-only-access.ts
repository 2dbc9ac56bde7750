import { Principal } from '../auth/principal';
import { Prisma } from '../generated/prisma/client';
import { holdsTaskOnlyRole } from './task-visibility';

/**
 * For CaseAccessService's `alsoAllowed`: whether the principal may open and act on this task although
 * they may not see its case, because it is offered to a task-only role they hold in its region (the
 * municipal contact's escalations). The grant then has the basis 'task' and shows no case content.
 */
export async function offeredToTaskOnlyRole(tx: Prisma.TransactionClient, principal: Principal, taskId: string): Promise<boolean> {
  const task = await tx.userTask.findUnique({ select: { candidateRole: true, regionId: true }, where: { id: taskId } });
  return task !== null && holdsTaskOnlyRole(principal, task);
}
