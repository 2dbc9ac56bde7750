import { ArgumentMetadata, Injectable } from '@nestjs/common';
import { Actor } from '../auth/principal';
import { ProcessEngine } from '../engine/process-engine.port';
import { createValidationPipe } from '../http/validation.pipe';
import { Prisma, UserTaskState } from '../generated/prisma/client';
import { FormContextFactory } from './forms/form-context.factory';
import { checkChoices } from './forms/form-choices';
import { guardCompletionVariables } from './forms/engine-variable.guard';
import { formFor } from './forms/task-form.registry';
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

const validation = createValidationPipe();

/**
 * Completes a task with its form. In one transaction, with the task row locked: the submission is
 * validated with the form key's DTO (a 400 names each wrong field), the free text is kept in the case
 * record (task_form_submission), the engine completes the task with ids, enums, dates and booleans
 * only, and our row is closed with the actor at once, so that it leaves every list before the
 * engine's own record of it arrives. Submitting twice completes once: a second submission of the same
 * user with the same idempotency key (or none) gets the first answer again; anyone else learns who
 * completed it.
 */
@Injectable()
export class TaskCompletionService {
  constructor(
    private readonly contexts: FormContextFactory,
    private readonly engine: ProcessEngine,
    private readonly runner: TaskCommandRunner,
  ) {}

  complete(actor: Actor, taskId: string, values: unknown, idempotencyKey?: string): Promise<CompletionResult> {
    return this.runner.run(
      actor,
      taskId,
      'complete',
      'COMPLETE_TASK',
      (tx, task) => this.completeLocked(tx, actor, task, values, idempotencyKey),
      (tx, task) => this.repeated(tx, actor, task, idempotencyKey),
    );
  }

  private async completeLocked(tx: Tx, actor: Actor, task: LockedTask, values: unknown, idempotencyKey?: string) {
    const form = formFor(task.formKey);
    if (!form) throw new TaskFormUnknownError(task.formKey ?? '');
    const metadata: ArgumentMetadata = { metatype: form.dto, type: 'body' };
    const dto = (await validation.transform(values ?? {}, metadata)) as object;
    const completedAt = new Date();
    const context = this.contexts.create(tx, task, actor.principal.userId, completedAt);
    await checkChoices(form, dto, context);
    const { texts, variables } = await form.complete(dto, context);
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
    // Last: when the engine refuses, the transaction rolls back and nothing above happened.
    await this.engine.completeUserTask(task.engineKey, variables);
    return {
      auditDetails: { formKey: form.key, taskId: task.id, variables: Object.keys(variables) },
      change: {
        assigneeIds: [...new Set([task.assigneeId, actor.principal.userId].filter((id): id is string => id !== null))],
        candidateRole: task.candidateRole,
        kind: 'completed' as const,
        regionId: task.regionId,
      },
      value: { completedAt: completedAt.toISOString(), completedBy: { displayName: actor.principal.displayName, id: actor.principal.userId }, repeated: false, taskId: task.id },
    };
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
