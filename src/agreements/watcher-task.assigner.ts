import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Subscription } from 'rxjs';
import { PrismaService } from '../database/prisma.service';
import { ProcessEngine } from '../engine/process-engine.port';
import { ProcessHistory } from '../engine/process-history.port';
import { UserTask, Variable } from '../engine/process-catalog';
import { TaskChange, TaskChangeBus } from '../tasks/task-change.bus';

/**
 * Gives the task "Afspraak beoordelen" to the one who watches over the agreement (issue 13). The
 * model names roles, never people (its candidate group is the chair's), so the service assigns it the
 * moment the task list learns of it: the agreement is the task's own process variable, the watcher is
 * on the agreement. Every API process hears of every new task and may try; assigning the same user
 * twice changes nothing, and a task someone already took is left alone.
 */
@Injectable()
export class WatcherTaskAssigner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('WatcherTaskAssigner');
  private subscription?: Subscription;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly bus: TaskChangeBus,
    private readonly engine: ProcessEngine,
    private readonly history: ProcessHistory,
    private readonly prisma: PrismaService,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = this.bus.changes.subscribe((change) => {
      if (change.kind !== 'created') return;
      const work = this.assign(change).catch((error: unknown) => this.logger.warn(`Task ${change.taskId}: not given to its watcher: ${(error as Error).message}`));
      this.pending.add(work);
      void work.finally(() => this.pending.delete(work));
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.subscription?.unsubscribe();
    await Promise.all([...this.pending]);
  }

  /** Assigns one new task to its agreement's watcher, if it is a watcher's task that nobody took yet. */
  async assign(change: Pick<TaskChange, 'taskId'>): Promise<string | null> {
    const task = await this.prisma.userTask.findUnique({
      select: { assigneeId: true, caseId: true, elementId: true, elementInstanceKey: true, engineKey: true, processInstanceKey: true, state: true },
      where: { id: change.taskId },
    });
    if (!task || task.elementId !== UserTask.MarkAgreement.elementId || task.state !== 'OPEN' || task.assigneeId || !task.caseId) return null;
    const variables = await this.history.searchVariables({ processInstanceKeys: [task.processInstanceKey] });
    const raw = variables.find((variable) => variable.name === Variable.agreementId && variable.scopeKey === task.processInstanceKey)?.value;
    const agreementId = raw ? (JSON.parse(raw) as string) : null;
    if (!agreementId) return null;
    const agreement = await this.prisma.decisionAgreement.findFirst({ select: { watcherUserId: true }, where: { decision: { caseId: task.caseId }, id: agreementId } });
    const watcher = agreement?.watcherUserId ? await this.prisma.user.findFirst({ select: { id: true }, where: { active: true, id: agreement.watcherUserId } }) : null;
    if (!watcher) return null;
    await this.engine.assignUserTask(task.engineKey, watcher.id);
    return watcher.id;
  }
}
