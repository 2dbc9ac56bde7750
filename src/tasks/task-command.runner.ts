import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../audit/audit.service';
import { Actor } from '../auth/principal';
import { CaseAccessService } from '../cases/case-access.service';
import { CaseNotFoundError } from '../cases/case.errors';
import { PrismaService } from '../database/prisma.service';
import { EngineError, EngineErrorCode } from '../engine/engine.errors';
import { Prisma, Role, UserTaskState } from '../generated/prisma/client';
import { TaskChange, TaskChangeBus } from './task-change.bus';
import { offeredToTaskOnlyRole } from './task-only-access';
import { TaskQueryService } from './task-query.service';
import { decideTaskAction, TaskAction } from './task-visibility';
import { PersonRef, TaskActionNotPermittedError, TaskAlreadyCompletedError, TaskClaimedByOtherError, TaskNoLongerOpenError, TaskNotFoundError } from './task.errors';
import { UserTaskProjection } from './user-task-projection.service';

type Tx = Prisma.TransactionClient;

/** A task as a command sees it, locked for the length of the command. */
export interface LockedTask {
  assignee: PersonRef | null;
  assigneeId: string | null;
  candidateRole: Role | null;
  caseId: string;
  completedAt: Date | null;
  elementInstanceKey: string;
  engineKey: string;
  formKey: string | null;
  id: string;
  processInstanceKey: string;
  regionId: string | null;
  state: UserTaskState;
}

export interface CommandResult<T> {
  /** What changed, for the open task lists. */
  change?: Omit<TaskChange, 'taskId'>;
  value: T;
}

/**
 * Runs a command on one task (claim, unclaim, assign, complete) the same way every time: the case's
 * access policy and audit row (CaseAccessService), the task row locked FOR UPDATE so that two
 * commands on one task take turns, the task-level rule (decideTaskAction), then the command, which
 * tells the engine before the transaction commits: if the engine refuses, nothing changed here.
 * When the engine no longer knows the task, the projection is asked to catch up, and the answer says
 * who completed it, or that the process cancelled it.
 */
@Injectable()
export class TaskCommandRunner {
  constructor(
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly bus: TaskChangeBus,
    private readonly prisma: PrismaService,
    private readonly projection: UserTaskProjection,
    private readonly tasks: TaskQueryService,
  ) {}

  async run<T>(
    actor: Actor,
    taskId: string,
    action: TaskAction,
    auditAction: string,
    work: (tx: Tx, task: LockedTask) => Promise<CommandResult<T> & { auditDetails?: Prisma.InputJsonValue }>,
    before?: (tx: Tx, task: LockedTask) => Promise<CommandResult<T> | undefined>,
  ): Promise<T> {
    const caseId = await this.tasks.caseOf(actor, taskId, auditAction);
    let result: CommandResult<T>;
    try {
      const operation = { action: 'read', alsoAllowed: (tx: Tx) => offeredToTaskOnlyRole(tx, actor.principal, taskId), auditAction, resource: 'user_task' } as const;
      result = await this.access.run(actor, caseId, operation, async (tx) => {
        const task = await lockTask(tx, taskId);
        // A repeated command (the same submission twice) is answered before the rules, which it would fail.
        const repeated = await before?.(tx, task);
        if (repeated) return { auditDetails: { repeated: true, taskId }, value: repeated };
        await this.enforce(tx, actor, action, task);
        const done = await work(tx, task);
        return { auditDetails: done.auditDetails ?? { taskId }, value: { change: done.change, value: done.value } };
      });
    } catch (error) {
      if (error instanceof CaseNotFoundError) throw new TaskNotFoundError();
      if (error instanceof EngineError && error.code === EngineErrorCode.NotFound) {
        const answer = await this.explainGone(taskId);
        await this.audit.recordAlone(actor, { action: auditAction, caseId, details: { code: answer.code, taskId }, outcome: AuditOutcome.Failed, resource: 'user_task' });
        throw answer;
      }
      throw error;
    }
    if (result.change) this.bus.publish({ ...result.change, taskId });
    return result.value;
  }

  private async enforce(tx: Tx, actor: Actor, action: TaskAction, task: LockedTask): Promise<void> {
    const decision = decideTaskAction(actor.principal, action, task);
    if (decision.allowed) return;
    if (decision.reason === 'NOT_OPEN') throw await closedError(tx, task);
    if (decision.reason === 'CLAIMED_BY_OTHER') throw new TaskClaimedByOtherError(task.assignee);
    throw new TaskActionNotPermittedError(action);
  }

  /** The engine no longer has the task: let the projection catch up, then say what became of it. */
  async explainGone(taskId: string): Promise<TaskAlreadyCompletedError | TaskNoLongerOpenError> {
    await Promise.race([this.projection.sync(), new Promise((resolve) => setTimeout(resolve, 2000))]);
    return this.prisma.$transaction(async (tx) => {
      const task = await lockTask(tx, taskId);
      if (task.state === UserTaskState.OPEN) return new TaskAlreadyCompletedError(null, null);
      return closedError(tx, task);
    });
  }
}

/** Why a task that is no longer open cannot be acted on: who completed it, or that it was cancelled. */
export async function closedError(tx: Tx, task: LockedTask): Promise<TaskAlreadyCompletedError | TaskNoLongerOpenError> {
  if (task.state === UserTaskState.CANCELED) return new TaskNoLongerOpenError();
  const completion = await tx.userTaskEvent.findFirst({ orderBy: { occurredAt: 'desc' }, select: { actor: { select: { displayName: true, id: true } } }, where: { kind: 'COMPLETED', taskId: task.id } });
  return new TaskAlreadyCompletedError(completion?.actor ?? null, task.completedAt);
}

/** The task, locked until the transaction ends, with its assignee's name, in one round trip. */
export async function lockTask(tx: Tx, taskId: string): Promise<LockedTask> {
  const [row] = await tx.$queryRaw<
    {
      assignee_id: string | null;
      assignee_name: string | null;
      candidate_role: Role | null;
      case_id: string | null;
      completed_at: Date | null;
      element_instance_key: string;
      engine_key: string;
      form_key: string | null;
      id: string;
      process_instance_key: string;
      region_id: string | null;
      state: UserTaskState;
    }[]
  >`SELECT t.id, t.assignee_id, u.display_name AS assignee_name, t.candidate_role::text AS candidate_role, t.case_id, t.completed_at,
           t.element_instance_key, t.engine_key, t.form_key, t.process_instance_key, t.region_id, t.state::text AS state
      FROM user_task t LEFT JOIN app_user u ON u.id = t.assignee_id
     WHERE t.id = ${taskId}::uuid
       FOR UPDATE OF t`;
  if (!row) throw new TaskNotFoundError();
  return {
    assignee: row.assignee_id ? { displayName: row.assignee_name ?? '', id: row.assignee_id } : null,
    assigneeId: row.assignee_id,
    candidateRole: row.candidate_role,
    caseId: row.case_id ?? '',
    completedAt: row.completed_at,
    elementInstanceKey: row.element_instance_key,
    engineKey: row.engine_key,
    formKey: row.form_key,
    id: row.id,
    processInstanceKey: row.process_instance_key,
    regionId: row.region_id,
    state: row.state,
  };
}
