import { Injectable } from '@nestjs/common';
import { ProcessHistory } from '../../engine/process-history.port';
import { Prisma } from '../../generated/prisma/client';
import { ChoiceOption, FormContext, FormDefaults, FormFacts, TaskForm } from './task-form';

/** The task facts a form context needs. */
export interface FormTask {
  caseId: string;
  elementInstanceKey: string;
  id: string;
  processInstanceKey: string;
}

/** What the task page shows of a form: its fields, the case's choices and the starting values. */
export interface FormView {
  /** Facts to decide by (TaskForm.context); empty for most forms. */
  context: FormFacts;
  defaults: FormDefaults;
  fields: TaskForm['fields'];
  key: string;
  options: Record<string, ChoiceOption[]>;
}

/**
 * Builds the context a form reads and writes through: the completion's transaction, the case, and
 * the variables of the task's process instance, read from the engine's history only when a form
 * asks (the planning's proposed slot, the escalation's reason). Variables of the task's own scope
 * (a multi-instance child) win over the instance's.
 */
@Injectable()
export class FormContextFactory {
  constructor(private readonly history: ProcessHistory) {}

  create(tx: Prisma.TransactionClient, task: FormTask, actorId: string, now = new Date()): FormContext {
    let variables: Promise<Record<string, unknown>> | undefined;
    return {
      actorId,
      caseId: task.caseId,
      engineVariables: () => (variables ??= this.readVariables(task)),
      now,
      taskId: task.id,
      tx,
    };
  }

  async view(form: TaskForm, context: FormContext): Promise<FormView> {
    const [options, defaults, facts] = await Promise.all([form.options?.(context) ?? {}, form.defaults?.(context) ?? {}, form.context?.(context) ?? {}]);
    return { context: facts, defaults, fields: form.fields, key: form.key, options };
  }

  private async readVariables(task: FormTask): Promise<Record<string, unknown>> {
    const rows = await this.history.searchVariables({ processInstanceKeys: [task.processInstanceKey] });
    const parse = (value: string) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return value;
      }
    };
    const result: Record<string, unknown> = {};
    for (const row of rows.filter((candidate) => candidate.scopeKey === task.processInstanceKey)) result[row.name] = parse(row.value);
    for (const row of rows.filter((candidate) => candidate.scopeKey === task.elementInstanceKey)) result[row.name] = parse(row.value);
    return result;
  }
}
