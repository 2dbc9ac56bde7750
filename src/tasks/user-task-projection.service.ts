import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EnvironmentDto } from '../config/environment.dto';
import { PrismaService } from '../database/prisma.service';
import { EngineUserTask } from '../engine/engine.types';
import { ProcessHistory } from '../engine/process-history.port';
import { Role, UserTaskState } from '../generated/prisma/client';
import { roleOfCandidateGroup } from './candidate-role';
import { TaskChange, TaskChangeBus } from './task-change.bus';

const CURSOR = 'user-tasks';
const BATCH = 500;
/** A safety net under NOTIFY: a dropped notification delays a task by this much at most. */
const POLL_MS = 2000;
/** A task seen before its case stored the instance key is linked again after this long. */
const RELINK_MS = 150;

/**
 * Keeps our `user_task` table in step with the engine's user tasks: the engine records every change
 * in its outbox and NOTIFYs, and this service reads the changes after its cursor from ProcessHistory,
 * oldest first, and upserts them. Tasks appear in the task list within milliseconds of their creation
 * and leave it when completed or cancelled, also when that happened in another process or in the
 * engine directly. Positions are decimal numbers that only grow (up to 32 digits: too large for a
 * bigint), so the stored cursor is compared as ::numeric.
 *
 * Every API process reads every change with a cursor of its own (starting where the stored cursor
 * stands), so that each can tell its own open task lists; applying a change twice does nothing. Rows
 * are locked while applied, so that a completion through the API and the engine's record of it do
 * not both write the history.
 */
@Injectable()
export class UserTaskProjection implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('UserTaskProjection');
  private stopListening?: () => Promise<void>;
  private timer?: NodeJS.Timeout;
  private relinkTimer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private cursor?: string | null;
  private readonly waiters: (() => void)[] = [];

  constructor(
    private readonly bus: TaskChangeBus,
    private readonly history: ProcessHistory,
    private readonly env: EnvironmentDto,
    private readonly prisma: PrismaService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.RUN_API) return;
    this.stopListening = await this.history.onUserTaskChange(() => void this.sync());
    this.timer = setInterval(() => void this.sync().then(() => this.relink()), POLL_MS);
    this.timer.unref();
    await this.sync();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    clearTimeout(this.relinkTimer);
    await this.stopListening?.();
    await this.running;
  }

  /** Reads all changes after the cursor; concurrent calls coalesce into one more pass. */
  sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return new Promise((resolve) => this.waiters.push(resolve));
    }
    this.running = this.drain()
      .catch((error) => this.logger.warn(`Task sync failed, retrying: ${(error as Error).message}`))
      .finally(() => {
        this.running = undefined;
        const waiting = this.waiters.splice(0);
        if (this.again) {
          this.again = false;
          void this.sync().then(() => waiting.forEach((resolve) => resolve()));
        } else {
          waiting.forEach((resolve) => resolve());
        }
      });
    return this.running;
  }

  /**
   * Links open tasks that arrived before their case knew its process instance (the engine may create
   * the first task before the service has stored the instance key it just received).
   */
  async relink(): Promise<void> {
    try {
      const linked = await this.prisma.$queryRaw<{ assignee_id: string | null; candidate_role: Role | null; id: string; region_id: string }[]>`
        UPDATE "user_task" t
           SET "case_id" = c."id", "region_id" = c."region_id", "table_id" = c."table_id", "updated_at" = now()
          FROM "jbt_case" c
         WHERE t."case_id" IS NULL AND t."state" = 'OPEN' AND t."root_process_instance_key" IS NOT NULL
           AND c."process_instance_key" = t."root_process_instance_key"
        RETURNING t."id", t."region_id", t."candidate_role"::text AS candidate_role, t."assignee_id"`;
      for (const row of linked) {
        this.bus.publish({ assigneeIds: row.assignee_id ? [row.assignee_id] : [], candidateRole: row.candidate_role, kind: 'created', regionId: row.region_id, taskId: row.id });
      }
    } catch (error) {
      this.logger.warn(`Linking tasks to their cases failed, retrying: ${(error as Error).message}`);
    }
  }

  private async drain(): Promise<void> {
    if (this.cursor === undefined) {
      this.cursor = (await this.prisma.projectionCursor.findUnique({ where: { name: CURSOR } }))?.position ?? null;
    }
    let unlinked = false;
    for (;;) {
      const { cursor: next, tasks } = await this.history.userTaskChanges(this.cursor, BATCH);
      for (const task of tasks) {
        const outcome = await this.apply(task);
        if (outcome.change) this.bus.publish(outcome.change);
        unlinked ||= outcome.unlinked;
      }
      if (next !== this.cursor) {
        await this.storeCursor(next);
        this.cursor = next;
      }
      if (tasks.length < BATCH) break;
    }
    if (unlinked) this.scheduleRelink();
  }

  private scheduleRelink(): void {
    clearTimeout(this.relinkTimer);
    this.relinkTimer = setTimeout(() => void this.relink(), RELINK_MS);
    this.relinkTimer.unref();
  }

  /** Stores the cursor unless another process has stored a later one. */
  private async storeCursor(position: string): Promise<void> {
    await this.prisma.$executeRaw`
      INSERT INTO "projection_cursor" ("name", "position", "updated_at") VALUES (${CURSOR}, ${position}, now())
      ON CONFLICT ("name") DO UPDATE SET "position" = EXCLUDED."position", "updated_at" = now()
       WHERE "projection_cursor"."position"::numeric < EXCLUDED."position"::numeric`;
  }

  private async apply(task: EngineUserTask): Promise<{ change?: TaskChange; unlinked: boolean }> {
    const state = toState(task.state);
    // One round trip for the two lookups: the task's case (by its top-level instance) and whether the
    // engine's assignee is a user of ours.
    const [facts] = await this.prisma.$queryRaw<{ assignee_known: boolean; case_id: string | null; known_state: UserTaskState | null; region_id: string | null; table_id: string | null }[]>`
      SELECT c.id AS case_id, c.region_id, c.table_id,
             EXISTS (SELECT 1 FROM app_user u WHERE u.id = ${asUuid(task.assignee)}::uuid) AS assignee_known,
             (SELECT t.state::text FROM user_task t WHERE t.engine_key = ${task.key}) AS known_state
        FROM (SELECT 1) one LEFT JOIN jbt_case c ON c.process_instance_key = ${task.rootProcessInstanceKey}`;
    // Closed here already (completed through the API, or an older record): nothing to do.
    if (facts.known_state && facts.known_state !== UserTaskState.OPEN) return { unlinked: false };
    const found = facts.case_id ? { id: facts.case_id, regionId: facts.region_id, tableId: facts.table_id } : null;
    const role = task.candidateGroups.map(roleOfCandidateGroup).find((candidate) => candidate !== undefined) ?? null;
    const assigneeId = task.assignee && facts.assignee_known ? task.assignee : null;
    const data = {
      assigneeId,
      bpmnProcessId: task.bpmnProcessId,
      canceledAt: state === UserTaskState.CANCELED ? (task.completionDate ? new Date(task.completionDate) : new Date()) : null,
      candidateRole: role,
      caseId: found?.id ?? null,
      completedAt: state === UserTaskState.COMPLETED ? (task.completionDate ? new Date(task.completionDate) : new Date()) : null,
      dueAt: task.dueDate ? new Date(task.dueDate) : null,
      elementId: task.elementId,
      elementInstanceKey: task.elementInstanceKey,
      formKey: task.formKey,
      name: task.elementName,
      priority: task.priority,
      processDefinitionKey: task.processDefinitionKey,
      processInstanceKey: task.processInstanceKey,
      regionId: found?.regionId ?? null,
      rootProcessInstanceKey: task.rootProcessInstanceKey,
      state,
      tableId: found?.tableId ?? null,
    };
    const unlinked = !found && state === UserTaskState.OPEN;
    const createdAt = task.creationDate ? new Date(task.creationDate) : new Date();
    const changeOf = (taskId: string, kind: TaskChange['kind'], previousAssignee: string | null = null): TaskChange => ({
      assigneeIds: [...new Set([assigneeId, previousAssignee].filter((id): id is string => id !== null))],
      candidateRole: role,
      kind,
      regionId: data.regionId,
      taskId,
    });

    // The common case, a task the list has not seen, in one statement: the row and its CREATED event.
    if (state === UserTaskState.OPEN && !facts.known_state) {
      const [created] = await this.prisma.$queryRaw<{ id: string }[]>`
        WITH inserted AS (
          INSERT INTO user_task (id, assignee_id, bpmn_process_id, candidate_role, case_id, created_at, due_at, element_id, element_instance_key,
                                 engine_key, form_key, name, priority, process_definition_key, process_instance_key, region_id,
                                 root_process_instance_key, state, table_id, updated_at)
          VALUES (gen_random_uuid(), ${assigneeId}::uuid, ${data.bpmnProcessId}, ${role}::"Role", ${data.caseId}::uuid, ${createdAt}, ${data.dueAt},
                  ${data.elementId}, ${data.elementInstanceKey}, ${task.key}, ${data.formKey}, ${data.name}, ${data.priority}, ${data.processDefinitionKey},
                  ${data.processInstanceKey}, ${data.regionId}::uuid, ${data.rootProcessInstanceKey}, 'OPEN', ${data.tableId}::uuid, now())
          ON CONFLICT (engine_key) DO NOTHING
          RETURNING id
        ), event AS (
          INSERT INTO user_task_event (id, assignee_id, kind, occurred_at, task_id)
          SELECT gen_random_uuid(), ${assigneeId}::uuid, 'CREATED', ${createdAt}, id FROM inserted
        )
        SELECT id FROM inserted`;
      if (created) return { change: changeOf(created.id, 'created'), unlinked };
    }

    const change = await this.prisma.$transaction(async (tx) => {
      const inserted = await tx.userTask.createMany({ data: [{ ...data, createdAt, engineKey: task.key }], skipDuplicates: true });
      const [row] = await tx.$queryRaw<{ assignee_id: string | null; id: string; state: UserTaskState }[]>`
        SELECT "id", "state"::text AS state, "assignee_id" FROM "user_task" WHERE "engine_key" = ${task.key} FOR UPDATE`;
      if (inserted.count === 1) {
        await tx.userTaskEvent.create({ data: { assigneeId, kind: 'CREATED', occurredAt: createdAt, taskId: row.id } });
        if (state !== UserTaskState.OPEN) await tx.userTaskEvent.create({ data: { kind: closingKind(state), taskId: row.id } });
        return changeOf(row.id, state === UserTaskState.OPEN ? 'created' : closingChange(state));
      }
      // A task completed through the API is already closed here, with its actor and assignee: the
      // engine's records of it (and any older snapshot read before it) change nothing.
      if (row.state !== UserTaskState.OPEN) return undefined;
      // Without a case found, keep what the row has: relink() may have linked it since this snapshot.
      const { caseId: _caseId, regionId: _regionId, tableId: _tableId, ...unlinkedData } = data;
      await tx.userTask.update({ data: found ? data : unlinkedData, where: { id: row.id } });
      if (state !== UserTaskState.OPEN) {
        await tx.userTaskEvent.create({ data: { kind: closingKind(state), taskId: row.id } });
        return changeOf(row.id, closingChange(state), row.assignee_id);
      }
      if (row.assignee_id !== assigneeId) {
        // Assigned outside the task list (by the model's assignee expression, or another tool).
        await tx.userTaskEvent.create({ data: { assigneeId, kind: assigneeId ? 'ASSIGNED' : 'UNCLAIMED', taskId: row.id } });
        return changeOf(row.id, 'assigned', row.assignee_id);
      }
      return changeOf(row.id, 'updated');
    });
    return { change, unlinked };
  }
}

function toState(state: EngineUserTask['state']): UserTaskState {
  if (state === 'COMPLETED') return UserTaskState.COMPLETED;
  if (state === 'CANCELED') return UserTaskState.CANCELED;
  return UserTaskState.OPEN;
}

function closingKind(state: UserTaskState): 'CANCELED' | 'COMPLETED' {
  return state === UserTaskState.COMPLETED ? 'COMPLETED' : 'CANCELED';
}

function closingChange(state: UserTaskState): 'canceled' | 'completed' {
  return state === UserTaskState.COMPLETED ? 'completed' : 'canceled';
}

/** Engine assignees are our user ids; anything else (set outside this service) is not a user of ours. */
function asUuid(value: string | null): string | null {
  return value && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? value : null;
}
