import { Injectable } from '@nestjs/common';
import { Principal } from '../auth/principal';
import { readCaseNorm } from '../deadlines/case-norm.reader';
import { Prisma } from '../generated/prisma/client';
import { FormContextFactory, FormView } from './forms/form-context.factory';
import { formFor } from './forms/task-form.registry';
import { colleaguesFor } from './task-colleagues';
import { TASK_SUMMARY_SELECT, TaskSummary, toTaskSummary } from './task-summary';

type Tx = Prisma.TransactionClient;

export interface TaskHistoryEntry {
  actor: { displayName: string; id: string } | null;
  assignee: { displayName: string; id: string } | null;
  at: string;
  kind: string;
}

export interface TaskDetail extends TaskSummary {
  /** The colleagues the task may be given to, for those who may assign it. */
  assignableTo: { displayName: string; id: string }[];
  /**
   * What the reader may see beside the task: its whole case, or only the task itself (a task-only
   * role such as the municipal contact, access-policy.ts TASK_ONLY_ROLES).
   */
  caseAccess: 'case' | 'task-only';
  canceledAt: string | null;
  completedAt: string | null;
  /** Who completed it, when that happened through the task list. */
  completedBy: { displayName: string; id: string } | null;
  form: FormView | null;
  history: TaskHistoryEntry[];
  /** What the completing form held: free text and what went to the engine. */
  submission: { formKey: string; submittedAt: string; texts: unknown; variables: unknown } | null;
}

/** Reads one task as the task page shows it; the caller has checked access to its case. */
@Injectable()
export class TaskDetailReader {
  constructor(private readonly contexts: FormContextFactory) {}

  async read(tx: Tx, principal: Principal, taskId: string, caseAccess: TaskDetail['caseAccess'] = 'case'): Promise<TaskDetail> {
    const row = await tx.userTask.findUniqueOrThrow({
      select: {
        ...TASK_SUMMARY_SELECT,
        canceledAt: true,
        completedAt: true,
        elementInstanceKey: true,
        events: { orderBy: { occurredAt: 'asc' }, select: { actor: { select: { displayName: true, id: true } }, assigneeId: true, kind: true, occurredAt: true } },
        formSubmission: { select: { formKey: true, submittedAt: true, texts: true, variables: true } },
        processInstanceKey: true,
      },
      where: { id: taskId },
    });
    const assigneeIds = [...new Set(row.events.map((event) => event.assigneeId).filter((id): id is string => id !== null))];
    const people = new Map(
      (await tx.user.findMany({ select: { displayName: true, id: true }, where: { id: { in: assigneeIds } } })).map((person) => [person.id, person]),
    );
    const history = row.events.map((event) => ({
      actor: event.actor,
      assignee: event.assigneeId ? (people.get(event.assigneeId) ?? null) : null,
      at: event.occurredAt.toISOString(),
      kind: event.kind,
    }));
    const completion = [...row.events].reverse().find((event) => event.kind === 'COMPLETED');
    const form = formFor(row.formKey);
    const now = new Date();
    const summary = toTaskSummary(row, principal, now, undefined, row.case ? await readCaseNorm(tx, row.case.id, now) : null);
    return {
      ...summary,
      assignableTo: summary.actions.includes('assign') ? await colleaguesFor(tx, row) : [],
      caseAccess,
      canceledAt: row.canceledAt?.toISOString() ?? null,
      completedAt: row.completedAt?.toISOString() ?? null,
      completedBy: completion?.actor ?? null,
      // The choices and starting values only matter while the task can still be completed.
      form: form && row.case && row.state === 'OPEN' ? await this.contexts.view(form, this.contexts.create(tx, { ...row, caseId: row.case.id }, principal.userId)) : null,
      history,
      submission: row.formSubmission
        ? { formKey: row.formSubmission.formKey, submittedAt: row.formSubmission.submittedAt.toISOString(), texts: row.formSubmission.texts, variables: row.formSubmission.variables }
        : null,
    };
  }
}
