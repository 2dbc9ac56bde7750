import { ArgumentMetadata } from '@nestjs/common';
import { EngineUserTask, EngineVariables } from '../../../../src/engine/engine.types';
import { createValidationPipe } from '../../../../src/http/validation.pipe';
import { guardCompletionVariables } from '../../../../src/tasks/forms/engine-variable.guard';
import { checkChoices } from '../../../../src/tasks/forms/form-choices';
import { FormContextFactory } from '../../../../src/tasks/forms/form-context.factory';
import { formFor } from '../../../../src/tasks/forms/task-form.registry';
import { TestApp } from '../../../support/test-app';

const validation = createValidationPipe();

/**
 * A person fills in a task's form: the values are validated with the form key's DTO and checked
 * against the case's choices, the service's own form writes what belongs in the case record (a
 * decision, a meeting held, the Raad's advice) in one transaction, and the engine's user task is then
 * completed through the ProcessEngine port with exactly the variables the form gives, the ones
 * `UserTask.*.completion` allows (the task list's guard checks that). The task list's own
 * bookkeeping (its projection row, the audit, the free-text submission) is left out: these tests
 * are about the models and the workers.
 */
export async function fillInForm(subject: TestApp, task: EngineUserTask, caseId: string, actorId: string, values: Record<string, unknown>): Promise<EngineVariables> {
  const form = formFor(task.formKey);
  if (!form) throw new Error(`No form for ${task.elementId} (form key ${task.formKey})`);
  const metadata: ArgumentMetadata = { metatype: form.dto, type: 'body' };
  const dto = (await validation.transform(values, metadata)) as object;
  const contexts = subject.app.get(FormContextFactory);
  const { variables } = await subject.prisma.$transaction(async (tx) => {
    const context = contexts.create(tx, { caseId, elementInstanceKey: task.elementInstanceKey, id: task.key, processInstanceKey: task.processInstanceKey }, actorId);
    await checkChoices(form, dto, context);
    const outcome = await form.complete(dto, context);
    guardCompletionVariables(form.key, outcome.variables);
    return outcome;
  });
  await subject.engine.completeUserTask(task.key, variables);
  return variables;
}

/**
 * What the secretary ticks in the participants form when everyone comes: every participant of the
 * case (the GI comes when the model includes it, so it is not ticked).
 */
export async function everyoneTakingPart(subject: TestApp, caseId: string): Promise<{ attendingIds: string[] }> {
  const participants = await subject.prisma.participant.findMany({ select: { id: true }, where: { caseId, removedAt: null, role: { not: 'GI' } } });
  return { attendingIds: participants.map((participant) => participant.id) };
}
