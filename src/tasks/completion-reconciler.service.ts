import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../audit/audit.service';
import { EnvironmentDto } from '../config/environment.dto';
import { PrismaService } from '../database/prisma.service';
import { EngineError, EngineErrorCode } from '../engine/engine.errors';
import { EngineVariables, UserTaskOutcome } from '../engine/engine.types';
import { ProcessEngine } from '../engine/process-engine.port';
import { ProcessHistory } from '../engine/process-history.port';
import { Prisma, Role, UserTaskState } from '../generated/prisma/client';
import { PeriodicSweep } from '../runtime/periodic-sweep';
import { TaskChangeBus } from './task-change.bus';
import { closeAsTheEngineEnded } from './task-row-end';

type Tx = Prisma.TransactionClient;

/**
 * How old an unconfirmed submission must be before it is settled here: longer than a completion in
 * flight can still settle it itself (its take-back waits up to 120 s for a restarting database,
 * TaskCompletionService), so that this normally meets only completions whose process died or whose
 * every attempt to settle failed.
 */
export const RECONCILE_AFTER_MS = 150_000;
const SWEEP_INTERVAL_MS = 15_000;
/** Settling one submission may complete the task in the engine, which runs its process on to the next wait. */
const SETTLE_TIMEOUT_MS = 60_000;
const ACTOR = { system: 'completion-reconciler' } as const;

interface Unconfirmed {
  candidate_role: Role | null;
  case_id: string | null;
  engine_key: string;
  region_id: string | null;
  submitted_by: string | null;
  task_id: string;
  variables: EngineVariables;
}

/** What became of one unconfirmed submission. */
export type Settlement = 'confirmed' | 'delivered' | 'canceled-before-delivery' | 'refused' | 'unknown-to-engine';

/**
 * Settles the task completions the engine never confirmed. A completion commits in the task list
 * first and then completes the task in the engine (TaskCompletionService); when the API process dies
 * between the two, or the engine's answer is lost and taking the completion back fails too (an engine
 * and a PostgreSQL restart at once), the list holds a completed task that the engine still has open,
 * and nobody could do it. Every API process sweeps for such submissions, each locked by one sweeper at
 * a time (FOR UPDATE SKIP LOCKED), and asks the engine what became of the task:
 *
 * - completed: only the confirmation was lost; it is recorded.
 * - open: the submission is delivered now, with the variables it stored: what the person submitted
 *   stands, and the process goes on with it, exactly once (the engine completes a task once).
 * - ended otherwise (a boundary timer, a cancelled case): the task is closed as cancelled, as in the
 *   engine; the submission stays, unconfirmed, as the record of what was submitted too late.
 * - refused by the engine while still open: the task is opened again for someone to do, and the
 *   refusal is logged and audited for the process owner.
 */
@Injectable()
export class CompletionReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CompletionReconciler');
  private readonly sweeps = new PeriodicSweep<Settlement[]>(this.logger, 'Settling unconfirmed task completions', () => this.pass(), []);

  constructor(
    private readonly audit: AuditService,
    private readonly bus: TaskChangeBus,
    private readonly engine: ProcessEngine,
    private readonly env: EnvironmentDto,
    private readonly history: ProcessHistory,
    private readonly prisma: PrismaService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.env.RUN_API) this.sweeps.start(SWEEP_INTERVAL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.sweeps.stop();
  }

  /** One pass over the due submissions; a pass already running is not doubled. Resolves with what it settled. */
  sweep(): Promise<Settlement[]> {
    return this.sweeps.sweep();
  }

  private async pass(): Promise<Settlement[]> {
    const settled: Settlement[] = [];
    const skipped = new Set<string>();
    while (!this.sweeps.isStopped) {
      const outcome = await this.prisma.$transaction((tx) => this.settleNext(tx, [...skipped]), { maxWait: 10_000, timeout: SETTLE_TIMEOUT_MS });
      if (!outcome) break;
      settled.push(outcome.settlement);
      this.publish(outcome.due, outcome.settlement);
      // One the engine cannot place is left for a person (logged); the pass goes on with the others.
      if (outcome.settlement === 'unknown-to-engine') skipped.add(outcome.due.task_id);
    }
    return settled;
  }

  /** Locks the oldest due submission of a completed task and settles it with the engine; null when none is due. */
  private async settleNext(tx: Tx, skipped: string[]): Promise<{ due: Unconfirmed; settlement: Settlement } | null> {
    const [due] = await tx.$queryRaw<Unconfirmed[]>`
      SELECT t.id AS task_id, t.engine_key, t.case_id, t.region_id, t.candidate_role::text AS candidate_role, s.variables,
             (SELECT e.actor_id FROM user_task_event e WHERE e.task_id = t.id AND e.kind = 'COMPLETED' ORDER BY e.occurred_at DESC LIMIT 1) AS submitted_by
        FROM task_form_submission s JOIN user_task t ON t.id = s.task_id
       WHERE s.engine_confirmed_at IS NULL AND t.state = 'COMPLETED'
         AND s.submitted_at < now() - ${RECONCILE_AFTER_MS}::int * interval '1 millisecond'
         AND NOT (t.id = ANY(${skipped}::uuid[]))
       ORDER BY s.submitted_at
       LIMIT 1
         FOR UPDATE OF t, s SKIP LOCKED`;
    if (!due) return null;
    return { due, settlement: await this.settle(tx, due) };
  }

  private async settle(tx: Tx, due: Unconfirmed): Promise<Settlement> {
    const before = await this.history.userTaskOutcome(due.engine_key);
    if (!before) {
      this.logger.error(`Task ${due.task_id}: completed in the task list, but the engine has no task ${due.engine_key}; left for a person to look at`);
      return 'unknown-to-engine';
    }
    if (before.state === 'COMPLETED') return this.confirm(tx, due, 'confirmed');
    if (before.state === 'CANCELED') return this.cancel(tx, due, before);
    try {
      await this.engine.completeUserTask(due.engine_key, due.variables);
    } catch (error) {
      // Unavailable: the pass ends here and the next one tries again (the lock goes with the rollback).
      if (!(error instanceof EngineError) || error.code === EngineErrorCode.Unavailable) throw error;
      const after = await this.history.userTaskOutcome(due.engine_key);
      if (after?.state === 'COMPLETED') return this.confirm(tx, due, 'confirmed');
      if (after?.state === 'CANCELED') return this.cancel(tx, due, after);
      return this.reopen(tx, due, error);
    }
    return this.confirm(tx, due, 'delivered');
  }

  private async confirm(tx: Tx, due: Unconfirmed, settlement: 'confirmed' | 'delivered'): Promise<Settlement> {
    await tx.taskFormSubmission.update({ data: { engineConfirmedAt: new Date() }, where: { taskId: due.task_id } });
    if (settlement === 'delivered') {
      this.logger.warn(`Task ${due.task_id}: its completion had not reached the engine (the service stopped or failed on the way); delivered now`);
      await this.audit.record(tx, ACTOR, { action: 'COMPLETE_TASK', caseId: due.case_id, details: { reconciled: settlement, taskId: due.task_id }, onBehalfOf: due.submitted_by, outcome: AuditOutcome.Allowed, resource: 'user_task' });
    }
    return settlement;
  }

  /** The engine ended the task another way before the submission reached it: closed as the engine has it. */
  private async cancel(tx: Tx, due: Unconfirmed, outcome: UserTaskOutcome): Promise<Settlement> {
    await closeAsTheEngineEnded(tx, due.task_id, outcome);
    this.logger.warn(`Task ${due.task_id}: its process ended it before the completion reached the engine; closed as cancelled, the submission kept unconfirmed`);
    await this.audit.record(tx, ACTOR, { action: 'COMPLETE_TASK', caseId: due.case_id, details: { reconciled: 'canceled-before-delivery', taskId: due.task_id }, onBehalfOf: due.submitted_by, outcome: AuditOutcome.Failed, resource: 'user_task' });
    return 'canceled-before-delivery';
  }

  /**
   * The engine refuses the stored submission while the task is open (a model changed under it): open
   * again, so that someone can do it. What the form wrote in the case record stays for that person to
   * see; the refusal is in the log and the audit.
   */
  private async reopen(tx: Tx, due: Unconfirmed, cause: EngineError): Promise<Settlement> {
    await tx.taskFormSubmission.delete({ where: { taskId: due.task_id } });
    await tx.userTaskEvent.deleteMany({ where: { kind: 'COMPLETED', taskId: due.task_id } });
    await tx.userTask.update({ data: { completedAt: null, state: UserTaskState.OPEN }, where: { id: due.task_id } });
    this.logger.error(`Task ${due.task_id}: the engine refuses its completion (${cause.message}); open again in the task list`);
    await this.audit.record(tx, ACTOR, { action: 'COMPLETE_TASK', caseId: due.case_id, details: { code: cause.code, reconciled: 'refused', taskId: due.task_id }, onBehalfOf: due.submitted_by, outcome: AuditOutcome.Failed, resource: 'user_task' });
    return 'refused';
  }

  /** Task lists showing the task learn of a change, once it is committed. */
  private publish(due: Unconfirmed, settlement: Settlement): void {
    const kind = settlement === 'canceled-before-delivery' ? 'canceled' : settlement === 'refused' ? 'updated' : null;
    if (!kind) return;
    this.bus.publish({ assigneeIds: due.submitted_by ? [due.submitted_by] : [], candidateRole: due.candidate_role, kind, regionId: due.region_id, taskId: due.task_id });
  }
}
