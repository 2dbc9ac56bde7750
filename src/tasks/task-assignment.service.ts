import { Injectable } from '@nestjs/common';
import { Actor } from '../auth/principal';
import { ProcessEngine } from '../engine/process-engine.port';
import { Prisma, UserTaskEventKind } from '../generated/prisma/client';
import { LockedTask, TaskCommandRunner } from './task-command.runner';
import { AssigneeNotEligibleError } from './task.errors';
import { colleaguesFor } from './task-colleagues';

type Tx = Prisma.TransactionClient;

export interface AssignmentResult {
  assignee: { displayName: string; id: string } | null;
  taskId: string;
}

/**
 * Who has a task: claim (take a free task of your role), unclaim (give your task back to the group;
 * chairs and secretaries may take any task of their table back), and assign (chairs and secretaries
 * give a task to a colleague who holds its role in its region). The engine's assignee is our user id.
 */
@Injectable()
export class TaskAssignmentService {
  constructor(
    private readonly engine: ProcessEngine,
    private readonly runner: TaskCommandRunner,
  ) {}

  claim(actor: Actor, taskId: string): Promise<AssignmentResult> {
    const me = { displayName: actor.principal.displayName, id: actor.principal.userId };
    return this.runner.run(
      actor,
      taskId,
      'claim',
      'CLAIM_TASK',
      (tx, task) => this.setAssignee(tx, actor, task, me, UserTaskEventKind.CLAIMED),
      async (_tx, task) => (task.assigneeId === me.id && task.state === 'OPEN' ? { value: { assignee: me, taskId } } : undefined),
    );
  }

  unclaim(actor: Actor, taskId: string): Promise<AssignmentResult> {
    return this.runner.run(
      actor,
      taskId,
      'unclaim',
      'UNCLAIM_TASK',
      (tx, task) => this.setAssignee(tx, actor, task, null, UserTaskEventKind.UNCLAIMED),
      async (_tx, task) => (task.assigneeId === null && task.state === 'OPEN' ? { value: { assignee: null, taskId } } : undefined),
    );
  }

  assign(actor: Actor, taskId: string, assigneeId: string | null): Promise<AssignmentResult> {
    return this.runner.run(actor, taskId, 'assign', 'ASSIGN_TASK', async (tx, task) => {
      if (assigneeId === null) return this.setAssignee(tx, actor, task, null, UserTaskEventKind.UNCLAIMED);
      const colleague = await this.eligibleColleague(tx, task, assigneeId);
      if (task.assigneeId === colleague.id) return { value: { assignee: colleague, taskId } };
      return this.setAssignee(tx, actor, task, colleague, UserTaskEventKind.ASSIGNED);
    });
  }

  private async eligibleColleague(tx: Tx, task: LockedTask, userId: string): Promise<{ displayName: string; id: string }> {
    const [colleague] = await colleaguesFor(tx, task, userId);
    if (!colleague) throw new AssigneeNotEligibleError();
    return colleague;
  }

  private async setAssignee(tx: Tx, actor: Actor, task: LockedTask, assignee: { displayName: string; id: string } | null, kind: UserTaskEventKind) {
    await this.engine.assignUserTask(task.engineKey, assignee?.id ?? null);
    await tx.userTask.update({ data: { assigneeId: assignee?.id ?? null }, where: { id: task.id } });
    await tx.userTaskEvent.create({ data: { actorId: actor.principal.userId, assigneeId: assignee?.id ?? null, kind, taskId: task.id } });
    return {
      auditDetails: { assigneeId: assignee?.id ?? null, taskId: task.id },
      change: {
        assigneeIds: [...new Set([task.assigneeId, assignee?.id ?? null].filter((id): id is string => id !== null))],
        candidateRole: task.candidateRole,
        kind: 'assigned' as const,
        regionId: task.regionId,
      },
      value: { assignee, taskId: task.id },
    };
  }
}
