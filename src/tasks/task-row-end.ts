import { UserTaskOutcome } from '../engine/engine.types';
import { Prisma, UserTaskState } from '../generated/prisma/client';

/**
 * Closes a task-list row the way the engine ended its task (completed elsewhere, or cancelled by its
 * process), with the matching history event, for a completion of ours that did not reach the engine.
 * `assigneeId` undefined leaves the row's assignee as it is.
 */
export async function closeAsTheEngineEnded(tx: Prisma.TransactionClient, taskId: string, outcome: UserTaskOutcome, assigneeId?: string | null): Promise<void> {
  const at = outcome.endedAt ? new Date(outcome.endedAt) : new Date();
  const completed = outcome.state === 'COMPLETED';
  await tx.userTask.update({
    data: { assigneeId, canceledAt: completed ? null : at, completedAt: completed ? at : null, state: completed ? UserTaskState.COMPLETED : UserTaskState.CANCELED },
    where: { id: taskId },
  });
  await tx.userTaskEvent.create({ data: { kind: completed ? 'COMPLETED' : 'CANCELED', occurredAt: at, taskId } });
}
