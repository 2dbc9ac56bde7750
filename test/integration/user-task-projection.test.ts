import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';

describe('The task list follows the engine\'s user tasks', () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await startTestApp();
    await subject.engine.deploy([{ content: readFileSync(join(__dirname, '..', 'fixtures', 'user-task.bpmn')), name: 'user-task.bpmn' }]);
  });
  afterAll(() => subject.close());

  it('lists a task the moment the engine creates it and closes it when it is completed', async () => {
    // Given an instance that reaches a Camunda user task for the chair, due in a week
    const dueAt = new Date(Date.UTC(2030, 0, 7, 17, 0)).toISOString();
    const instance = await subject.engine.createInstance('test-user-task', { caseId: randomUUID(), dueAt });

    // When the engine has created it
    const task = await eventually(
      () => subject.prisma.userTask.findFirst({ where: { processInstanceKey: instance.processInstanceKey } }),
      (row) => row !== null,
      'the task in user_task',
    );

    // Then our table has it open, with the model's label, role, form and due date
    expect(task).toMatchObject({ candidateRole: 'CHAIR', elementId: 'check-request', formKey: 'jbt:intake-check', name: 'Verzoek controleren', state: 'OPEN' });
    expect(task!.dueAt?.toISOString()).toBe(dueAt);

    // And when it is completed in the engine, it leaves the open list with a history
    await subject.engine.completeUserTask(task!.engineKey, {});
    const done = await eventually(
      () => subject.prisma.userTask.findUnique({ include: { events: { orderBy: { occurredAt: 'asc' } } }, where: { id: task!.id } }),
      (row) => row?.state === 'COMPLETED',
      'the task to be completed',
    );
    expect(done!.events.map((event) => event.kind)).toEqual(['CREATED', 'COMPLETED']);
  });

  it('answers NotFound when a task that is already completed is completed again', async () => {
    const instance = await subject.engine.createInstance('test-user-task', { caseId: randomUUID(), dueAt: new Date().toISOString() });
    const task = await eventually(
      () => subject.prisma.userTask.findFirst({ where: { processInstanceKey: instance.processInstanceKey } }),
      (row) => row !== null,
      'the task',
    );
    await subject.engine.completeUserTask(task!.engineKey, {});

    await expect(subject.engine.completeUserTask(task!.engineKey, {})).rejects.toMatchObject({ code: 'ENGINE_NOT_FOUND' });
  });
});
