import { ArgumentMetadata, Injectable, Logger } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../audit/audit.service';
import { Actor } from '../auth/principal';
import { PrismaService } from '../database/prisma.service';
import { whileDatabaseRestarts } from '../database/while-database-restarts';
import { EngineError, EngineErrorCode } from '../engine/engine.errors';
import { EngineVariables, UserTaskOutcome } from '../engine/engine.types';
import { ProcessEngine } from '../engine/process-engine.port';
import { ProcessHistory } from '../engine/process-history.port';
import { badRequest } from '../http/bad-request';
import { createValidationPipe } from '../http/validation.pipe';
import { Prisma, UserTaskState } from '../generated/prisma/client';
import { FormContextFactory } from './forms/form-context.factory';
import { checkChoices } from './forms/form-choices';
import { guardCompletionVariables } from './forms/engine-variable.guard';
import { formFor } from './forms/task-form.registry';
import { TaskChangeBus } from './task-change.bus';
import { closeAsTheEngineEnded } from './task-row-end';
import { closedError, LockedTask, TaskCommandRunner } from './task-command.runner';
import { TaskFormUnknownError } from './task.errors';

type Tx = Prisma.TransactionClient;

export interface CompletionResult {
  completedAt: string;
  completedBy: { displayName: string; id: string };
  /** true when this answers a submission that had already completed the task. */
  repeated: boolean;
  taskId: string;
}

/** What the committed part of a completion leaves for the engine, and how to take it back. */
interface Prepared {
  engineKey: string;
  formKey: string;
  previousAssigneeId: string | null;
  undo?: (tx: Tx) => Promise<void>;
  variables: EngineVariables;
}

const validation = createValidationPipe();

/**
 * How long a take-back waits for a database that is restarting. The engine and the case record share
 * one PostgreSQL in most installations, so a restart that made the engine refuse the completion
 * usually cuts off the take-back too; given up, the task would stay closed here while it is open in
 * the engine, and nobody could do it (the chaos run, docs/operations.md). A restart takes seconds.
 */
const TAKE_BACK_PATIENCE_MS = 120_000;

/**
 * Completes a task with its form, in two steps.
 *
 * 1. In one transaction, with the task row locked (CaseAccessService checks the case and writes the
 *    audit row): the submission is validated with the form key's DTO (a 400 names each wrong field),
 *    the form writes what belongs in the case record (a decision, a meeting held) and the free text,
 *    and our row is closed with the actor, so that it leaves every list at once. This commits
 *    before the engine hears of it, because the engine's next steps start at once: the workers that
 *    draft the report or file the Raad request must find the decision already in the case record.
 * 2. The engine completes the task with ids, enums, dates and booleans only. Should it refuse (the
 *    task was completed elsewhere or cancelled by the process meanwhile, or the engine is down), step
 *    1 is taken back: the row is open again, the submission and the records the form created go.
 *
 * Submitting twice completes once: a second submission of the same user with the same idempotency
 * key (or none) gets the first answer again; anyone else learns who completed it (409).
 */
@Injectable()
export class TaskCompletionService {
  private readonly logger = new Logger('TaskCompletion');

  constructor(
    private readonly audit: AuditService,
    private readonly bus: TaskChangeBus,
    private readonly contexts: FormContextFactory,
    private readonly engine: ProcessEngine,
    private readonly history: ProcessHistory,
    private readonly prisma: PrismaService,
    private readonly runner: TaskCommandRunner,
  ) {}

  async complete(actor: Actor, taskId: string, values: unknown, idempotencyKey?: string): Promise<CompletionResult> {
    let prepared: Prepared | undefined;
    const result = await this.runner.run(
      actor,
      taskId,
      'complete',
      'COMPLETE_TASK',
      async (tx, task) => {
        const done = await this.prepare(tx, actor, task, values, idempotencyKey);
        prepared = done.prepared;
        return done;
      },
      (tx, task) => this.repeated(tx, actor, task, idempotencyKey),
    );
    if (!prepared) return result;
    try {
      await this.engine.completeUserTask(prepared.engineKey, prepared.variables);
    } catch (error) {
      const notFound = error instanceof EngineError && error.code === EngineErrorCode.NotFound;
      const outcome = await this.outcomeInEngine(prepared.engineKey);
      if (outcome?.state === 'COMPLETED' && !notFound) {
        // The engine had the task and completed it with this submission; only its answer was lost (a
        // restart, a cut connection). The completion stands, as the process already goes on with it.
        this.logger.warn(`Task ${taskId}: the engine completed it, but its answer was lost (${(error as Error).message}); the completion stands`);
        await this.confirmed(taskId);
        return result;
      }
      await this.takeBack(actor, taskId, prepared, error, outcome);
      if (notFound) throw await this.runner.explainGone(taskId);
      throw error;
    }
    await this.confirmed(taskId);
    return result;
  }

  /**
   * Records that the engine has the completion. Should that fail (the database restarting), the
   * submission stays unconfirmed and the CompletionReconciler, asking the engine, records it later.
   */
  private async confirmed(taskId: string): Promise<void> {
    try {
      await this.prisma.taskFormSubmission.updateMany({ data: { engineConfirmedAt: new Date() }, where: { engineConfirmedAt: null, taskId } });
    } catch (error) {
      this.logger.warn(`Task ${taskId}: the engine completed it, but recording that failed (${(error as Error).message}); the reconciliation records it later`);
    }
  }

  /** What became of the task in the engine, or null when the engine cannot tell (not even its history is reachable). */
  private async outcomeInEngine(engineKey: string): Promise<UserTaskOutcome | null> {
    try {
      return await this.history.userTaskOutcome(engineKey);
    } catch (error) {
      this.logger.warn(`What became of task ${engineKey} in the engine could not be read: ${(error as Error).message}`);
      return null;
    }
  }

  private async prepare(tx: Tx, actor: Actor, task: LockedTask, values: unknown, idempotencyKey?: string) {
    const form = formFor(task.formKey);
    if (!form) throw new TaskFormUnknownError(task.formKey ?? '');
    const metadata: ArgumentMetadata = { metatype: form.dto, type: 'body' };
    const dto = (await validation.transform(values ?? {}, metadata)) as object;
    const completedAt = new Date();
    const context = this.contexts.create(tx, task, actor.principal.userId, completedAt);
    const problems = (await form.check?.(dto, context)) ?? [];
    if (problems.length > 0) throw badRequest(problems);
    await checkChoices(form, dto, context);
    const { auditDetails, texts, undo, variables } = await form.complete(dto, context);
    guardCompletionVariables(form.key, variables);
    // The row closed with its actor, its COMPLETED event and the form's submission, in one statement.
    const me = actor.principal.userId;
    await tx.$executeRaw`
      WITH closed AS (
        UPDATE user_task SET assignee_id = ${me}::uuid, completed_at = ${completedAt}, state = 'COMPLETED', updated_at = now() WHERE id = ${task.id}::uuid RETURNING id
      ), event AS (
        INSERT INTO user_task_event (id, actor_id, assignee_id, details, kind, occurred_at, task_id)
        SELECT gen_random_uuid(), ${me}::uuid, ${me}::uuid, ${JSON.stringify({ formKey: form.key, idempotencyKey: idempotencyKey ?? null })}::jsonb, 'COMPLETED', ${completedAt}, id FROM closed
      )
      INSERT INTO task_form_submission (id, form_key, submitted_at, task_id, texts, variables)
      SELECT gen_random_uuid(), ${form.key}, ${completedAt}, id, ${JSON.stringify(texts)}::jsonb, ${JSON.stringify(variables)}::jsonb FROM closed`;
    return {
      auditDetails: { ...auditDetails, formKey: form.key, taskId: task.id, variables: Object.keys(variables) },
      change: {
        assigneeIds: [...new Set([task.assigneeId, me].filter((id): id is string => id !== null))],
        candidateRole: task.candidateRole,
        kind: 'completed' as const,
        regionId: task.regionId,
      },
      prepared: { engineKey: task.engineKey, formKey: form.key, previousAssigneeId: task.assigneeId, undo, variables },
      value: { completedAt: completedAt.toISOString(), completedBy: { displayName: actor.principal.displayName, id: me }, repeated: false, taskId: task.id },
    };
  }

  /**
   * The engine did not take this submission: it goes, with what the form created. The task is open
   * here again, unless the engine ended it meanwhile (completed elsewhere, or cancelled by its
   * process): then it is closed as the engine ended it. The projection may already have read that end
   * while our row was closed by this completion, and would not close it again. Nothing is taken back
   * when the completion is no longer this one's to settle (the row not completed, the submission gone
   * or confirmed): the CompletionReconciler settled it meanwhile, this answer having taken longer
   * than its patience.
   */
  private async takeBack(actor: Actor, taskId: string, prepared: Prepared, cause: unknown, outcome: UserTaskOutcome | null): Promise<void> {
    try {
      await this.whileDatabaseRestarts(taskId, () => this.prisma.$transaction(async (tx) => {
        const [row] = await tx.$queryRaw<{ state: UserTaskState; unsettled: boolean }[]>`
          SELECT t.state::text AS state, EXISTS (SELECT 1 FROM task_form_submission s WHERE s.task_id = t.id AND s.engine_confirmed_at IS NULL) AS unsettled
            FROM user_task t WHERE t.id = ${taskId}::uuid FOR UPDATE OF t`;
        if (row?.state !== UserTaskState.COMPLETED || !row.unsettled) return;
        await tx.taskFormSubmission.deleteMany({ where: { taskId } });
        await tx.userTaskEvent.deleteMany({ where: { actorId: actor.principal.userId, kind: 'COMPLETED', taskId } });
        if (outcome && outcome.state !== 'OPEN') {
          await closeAsTheEngineEnded(tx, taskId, outcome, prepared.previousAssigneeId);
        } else {
          await tx.userTask.update({ data: { assigneeId: prepared.previousAssigneeId, completedAt: null, state: UserTaskState.OPEN }, where: { id: taskId } });
        }
        await prepared.undo?.(tx);
      }));
    } catch (error) {
      this.logger.error(`Task ${taskId}: the engine refused its completion and taking it back failed: ${(error as Error).message}`);
    }
    const code = cause instanceof EngineError ? cause.code : 'ENGINE_FAILED';
    await this.audit.recordAlone(actor, { action: 'COMPLETE_TASK', details: { code, taskId, takenBack: true }, outcome: AuditOutcome.Failed, resource: 'user_task' });
    this.bus.publish({ assigneeIds: [actor.principal.userId], candidateRole: null, kind: 'updated', regionId: null, taskId });
  }

  /** Runs the take-back again while the database answers that it is unavailable, for TAKE_BACK_PATIENCE_MS at most. */
  private async whileDatabaseRestarts(taskId: string, takeBack: () => Promise<unknown>): Promise<void> {
    await whileDatabaseRestarts(takeBack, { patienceMs: TAKE_BACK_PATIENCE_MS }, (error, pause) =>
      this.logger.warn(`Task ${taskId}: the database cannot take the completion back now (${error.message}); trying again in ${pause} ms`),
    );
  }

  /** The first answer again when this user's same submission already completed the task. */
  private async repeated(tx: Tx, actor: Actor, task: LockedTask, idempotencyKey?: string) {
    if (task.state !== UserTaskState.COMPLETED) return undefined;
    const completion = await tx.userTaskEvent.findFirst({
      orderBy: { occurredAt: 'desc' },
      select: { actor: { select: { displayName: true, id: true } }, details: true, occurredAt: true },
      where: { kind: 'COMPLETED', taskId: task.id },
    });
    const firstKey = (completion?.details as { idempotencyKey?: string | null } | null)?.idempotencyKey ?? null;
    const sameSubmission = completion?.actor?.id === actor.principal.userId && (idempotencyKey === undefined || firstKey === null || firstKey === idempotencyKey);
    if (!sameSubmission || !completion?.actor) throw await closedError(tx, task);
    return { value: { completedAt: completion.occurredAt.toISOString(), completedBy: completion.actor, repeated: true, taskId: task.id } };
  }
}
