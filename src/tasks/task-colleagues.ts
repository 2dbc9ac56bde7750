import { Prisma, Role } from '../generated/prisma/client';

/** The colleagues a task may be given to: active users holding its role in its region. */
export function colleaguesFor(tx: Prisma.TransactionClient, task: { candidateRole: Role | null; regionId: string | null }, userId?: string) {
  if (!task.candidateRole || !task.regionId) return Promise.resolve([]);
  return tx.user.findMany({
    orderBy: { displayName: 'asc' },
    select: { displayName: true, id: true },
    where: { active: true, ...(userId ? { id: userId } : {}), memberships: { some: { regionId: task.regionId, role: task.candidateRole } } },
  });
}
