import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { eventually } from '../support/eventually';
import { harnessInfo } from '../support/test-environment';
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

  it('holds a task back while an older transaction is still open, so that a slow commit is never overtaken', async () => {
    // Given where the engine's user-task changes stand now
    const history = subject.history;
    let cursor: string | null = null;
    for (let page = await history.userTaskChanges(cursor, 1000); ; page = await history.userTaskChanges(cursor, 1000)) {
      cursor = page.cursor;
      if (page.tasks.length < 1000) break;
    }
    // And a transaction on the engine's database that began before the task and is still open
    const older = new Client({ connectionString: harnessInfo().engine.databaseUrl });
    await older.connect();
    try {
      await older.query('BEGIN');
      await older.query('SELECT pg_current_xact_id()');

      // When the engine creates a task meanwhile
      const instance = await subject.engine.createInstance('test-user-task', { caseId: randomUUID(), dueAt: new Date().toISOString() });

      // Then the read model does not hand it out yet, and the task list does not show it
      const held = await history.userTaskChanges(cursor, 1000);
      expect(held.tasks.filter((task) => task.processInstanceKey === instance.processInstanceKey)).toEqual([]);
      expect(BigInt(held.cursor) >= BigInt(cursor)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await subject.prisma.userTask.count({ where: { processInstanceKey: instance.processInstanceKey } })).toBe(0);

      // And once the older transaction has ended, the task arrives by itself
      await older.query('COMMIT');
      const task = await eventually(() => subject.prisma.userTask.findFirst({ where: { processInstanceKey: instance.processInstanceKey } }), (row) => row !== null, 'the held-back task');
      expect(task).toMatchObject({ elementId: 'check-request', name: 'Verzoek controleren', state: 'OPEN' });
    } finally {
      await older.end();
    }
  });
});
