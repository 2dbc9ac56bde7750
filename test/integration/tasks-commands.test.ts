import request from 'supertest';
import { EngineError, EngineErrorCode } from '../../src/engine/engine.errors';
import { Role } from '../../src/generated/prisma/enums';
import { UserTaskProjection } from '../../src/tasks/user-task-projection.service';
import { createCase, createRegionWorld, createUser, deployFixture, RegionWorld, startCaseProcess, TestUser } from '../factories/task-list.factory';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';

describe('Working on a task: claim, assign, complete', () => {
  let subject: TestApp;
  let world: RegionWorld;
  let chair: TestUser;
  let secondChair: TestUser;
  let secretary: TestUser;
  let referrer: TestUser;
  let otherRegionChair: TestUser;

  const api = () => request(subject.app.getHttpServer());
  const as = (user: TestUser) => ({ Authorization: `Bearer ${user.token}` });

  beforeAll(async () => {
    subject = await startTestApp();
    await deployFixture(subject.engine, 'task-handoff.bpmn');
    world = await createRegionWorld(subject.prisma);
    chair = await createUser(subject.app, world, [Role.CHAIR], 'Voorzitter');
    secondChair = await createUser(subject.app, world, [Role.CHAIR], 'Tweede voorzitter');
    secretary = await createUser(subject.app, world, [Role.SECRETARY], 'Secretaris');
    referrer = await createUser(subject.app, world, [Role.LOCAL_TEAM], 'Verzoeker');
    const elsewhere = await createRegionWorld(subject.prisma, 'Andere regio');
    otherRegionChair = await createUser(subject.app, elsewhere, [Role.CHAIR], 'Voorzitter elders');
  });
  afterAll(() => subject.close());

  async function newTask() {
    const filed = await createCase(subject.prisma, world, referrer);
    const { instance, task } = await startCaseProcess(subject.app, filed.id, 'test-task-handoff');
    return { caseId: filed.id, instance, task };
  }

  it('completes a task once through the engine, keeps the free text out of the engine and records who did it', async () => {
    // Given the chair's approval of a new case's report
    const { instance, task } = await newTask();

    // When the chair claims it and completes it withholding approval, saying what must change
    await api().post(`/api/tasks/${task.id}/claim`).set(as(chair)).expect(200);
    const started = Date.now();
    const answer = await api()
      .post(`/api/tasks/${task.id}/completion`)
      .set(as(chair))
      .set('Idempotency-Key', 'submission-0001')
      .send({ reportText: 'De afspraken over de omgang ontbreken in het verslag.', reportApproved: false })
      .expect(200);

    // Then our row is completed at once, with the chair as actor, and it has left the chair's list
    expect(answer.body).toMatchObject({ completedBy: { id: chair.id }, repeated: false, taskId: task.id });
    const row = await subject.prisma.userTask.findUniqueOrThrow({ include: { events: { orderBy: { occurredAt: 'asc' } }, formSubmission: true }, where: { id: task.id } });
    expect(row.state).toBe('COMPLETED');
    const list = await api().get('/api/tasks').query({ queue: 'all' }).set(as(chair)).expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(task.id);

    // And the history says who claimed and completed it, and when
    expect(row.events.map((event) => [event.kind, event.actorId])).toEqual([
      ['CREATED', null],
      ['CLAIMED', chair.id],
      ['COMPLETED', chair.id],
    ]);

    // And the free text is in the case record, while the engine received a boolean only
    expect(row.formSubmission).toMatchObject({ formKey: 'jbt:report-approval', texts: { reportText: 'De afspraken over de omgang ontbreken in het verslag.' }, variables: { reportApproved: false } });
    const variables = await eventually(
      () => subject.history.searchVariables({ processInstanceKeys: [instance.processInstanceKey] }),
      (found) => found.some((variable) => variable.name === 'reportApproved'),
      'the completion variable in the engine',
    );
    expect(variables.find((variable) => variable.name === 'reportApproved')?.value).toBe('false');
    expect(variables.map((variable) => variable.value).join(' ')).not.toContain('omgang');

    // And the secretary's next task appears in the secretary's list soon after
    const next = await eventually(
      () => api().get('/api/tasks').set(as(secretary)).then((response) => response.body.items as { case: { id: string }; taskType: string }[]),
      (items) => items.some((item) => item.taskType === 'confirm-participants' && item.case.id === row.caseId),
      'the secretary’s task',
      5000,
    );
    expect(next.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(5000);

    // And the engine's own record of the completion adds nothing to the history
    await eventually(
      () => subject.history.searchProcessInstances({ keys: [instance.processInstanceKey] }),
      () => true,
      'the instance',
    );
    const events = await subject.prisma.userTaskEvent.findMany({ where: { kind: 'COMPLETED', taskId: task.id } });
    expect(events).toHaveLength(1);
  });

  it('answers a repeated submission with the first answer and completes the task once', async () => {
    // Given a task of the chair's
    const { task } = await newTask();

    // When the same submission arrives twice at the same moment (a double click)
    const submit = () => api().post(`/api/tasks/${task.id}/completion`).set(as(chair)).set('Idempotency-Key', 'double-click-1').send({ reportApproved: true });
    const [first, second] = await Promise.all([submit(), submit()]);

    // Then both succeed, one of them as a repeat, and the task was completed once
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.body.repeated, second.body.repeated].sort()).toEqual([false, true]);
    expect(first.body.completedAt).toBe(second.body.completedAt);
    expect(await subject.prisma.userTaskEvent.count({ where: { kind: 'COMPLETED', taskId: task.id } })).toBe(1);
  });

  it('tells a second chair who completed the task meanwhile, with 409 and no error page', async () => {
    // Given a free task that two chairs have open
    const { task } = await newTask();

    // When the first completes it and then the second submits
    await api().post(`/api/tasks/${task.id}/completion`).set(as(chair)).send({ reportApproved: true }).expect(200);
    const late = await api().post(`/api/tasks/${task.id}/completion`).set(as(secondChair)).send({ reportApproved: true });

    // Then the second learns who completed it
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'TASK_ALREADY_COMPLETED', details: { completedBy: { displayName: chair.displayName, id: chair.id } } });
  });

  it('answers 409 when the engine completed the task before the task list knew it', async () => {
    // Given a task completed in the engine directly (another tool), before the projection saw it
    const { caseId, task } = await newTask();
    await subject.engine.completeUserTask(task.engineKey, {});

    // When the chair completes it through the task list
    const late = await api().post(`/api/tasks/${task.id}/completion`).set(as(chair)).send({ reportApproved: true });

    // Then the answer is a clear conflict, not a server error
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('TASK_ALREADY_COMPLETED');

    // And what the chair submitted was taken back: no submission, no completion in the chair's name
    expect(await subject.prisma.taskFormSubmission.count({ where: { taskId: task.id } })).toBe(0);
    expect(await subject.prisma.userTaskEvent.count({ where: { actorId: chair.id, kind: 'COMPLETED', taskId: task.id } })).toBe(0);
    expect(await subject.prisma.auditEvent.count({ where: { action: 'COMPLETE_TASK', actorId: chair.id, caseId, outcome: 'FAILED' } })).toBe(1);
  });

  /**
   * Puts the task list in the moment of a completion in flight: our row closed by the completion
   * while the engine ends the task by another way, and the projection reads that end before the
   * engine's refusal reaches the completion; then the row is as the user found it again.
   */
  async function engineEndsItWhileOurRowIsClosed(task: { engineKey: string; id: string }, end: () => Promise<unknown>): Promise<void> {
    const projection = subject.app.get(UserTaskProjection);
    await subject.prisma.userTask.update({ data: { state: 'COMPLETED' }, where: { id: task.id } });
    await end();
    await eventually(
      async () => {
        await projection.sync();
        const ended = (await subject.history.userTaskChanges(null, 100_000)).tasks.find((change) => change.key === task.engineKey && change.state !== 'CREATED' && change.state !== 'ASSIGNED');
        const cursor = await subject.prisma.projectionCursor.findUnique({ where: { name: 'user-tasks' } });
        return ended !== undefined && cursor !== null && BigInt(cursor.position) >= BigInt(ended.position);
      },
      (passed) => passed,
      'the projection past the engine’s end of the task',
    );
    await subject.prisma.userTask.update({ data: { state: 'OPEN' }, where: { id: task.id } });
  }

  it('closes the task as completed, not open again, when the engine completed it elsewhere while the completion was in flight', async () => {
    // Given a task the engine completes by another way while the projection passes that end
    const { task } = await newTask();
    await engineEndsItWhileOurRowIsClosed(task, () => subject.engine.completeUserTask(task.engineKey, {}));

    // When the chair completes it through the task list
    const late = await api().post(`/api/tasks/${task.id}/completion`).set(as(chair)).send({ reportApproved: true });

    // Then the chair learns it was completed already, and the task list shows it completed, without the chair's submission
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('TASK_ALREADY_COMPLETED');
    await subject.app.get(UserTaskProjection).sync();
    expect(await subject.prisma.userTask.findUniqueOrThrow({ select: { state: true }, where: { id: task.id } })).toEqual({ state: 'COMPLETED' });
    expect(await subject.prisma.taskFormSubmission.count({ where: { taskId: task.id } })).toBe(0);
    expect(await subject.prisma.userTaskEvent.count({ where: { actorId: chair.id, kind: 'COMPLETED', taskId: task.id } })).toBe(0);
  });

  it('closes the task as cancelled, not open again, when its process ended it while the completion was in flight', async () => {
    // Given a task whose process is cancelled while the projection passes that end
    const { instance, task } = await newTask();
    await engineEndsItWhileOurRowIsClosed(task, () => subject.engine.cancelInstance(instance.processInstanceKey, 'test'));

    // When the chair completes it through the task list
    const late = await api().post(`/api/tasks/${task.id}/completion`).set(as(chair)).send({ reportApproved: true });

    // Then the chair learns it is no longer open, and the task list shows it cancelled
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('TASK_NO_LONGER_OPEN');
    await subject.app.get(UserTaskProjection).sync();
    expect(await subject.prisma.userTask.findUniqueOrThrow({ select: { state: true }, where: { id: task.id } })).toEqual({ state: 'CANCELED' });
    expect(await subject.prisma.taskFormSubmission.count({ where: { taskId: task.id } })).toBe(0);
  });

  it('keeps a completion the engine made when only its answer was lost', async () => {
    // Given a task, and an engine whose answer to the completion is lost after it completed the task (a cut connection)
    const { task } = await newTask();
    const complete = subject.engine.completeUserTask.bind(subject.engine);
    const lostAnswer = jest.spyOn(subject.engine, 'completeUserTask').mockImplementationOnce(async (key, variables) => {
      await complete(key, variables);
      throw new EngineError(EngineErrorCode.Unavailable, 'Complete user task: fetch failed ECONNRESET');
    });

    // When the chair completes it through the task list
    const response = await api().post(`/api/tasks/${task.id}/completion`).set(as(chair)).send({ reportApproved: true });
    lostAnswer.mockRestore();

    // Then the completion stands: answered 200, completed in the chair's name with the submission, as the engine has it
    expect(response.status).toBe(200);
    await expect(subject.history.userTaskOutcome(task.engineKey)).resolves.toMatchObject({ state: 'COMPLETED' });
    expect(await subject.prisma.userTask.findUniqueOrThrow({ select: { state: true }, where: { id: task.id } })).toEqual({ state: 'COMPLETED' });
    expect(await subject.prisma.userTaskEvent.count({ where: { actorId: chair.id, kind: 'COMPLETED', taskId: task.id } })).toBe(1);
    expect(await subject.prisma.taskFormSubmission.count({ where: { taskId: task.id } })).toBe(1);
  });

  it('opens the task again when the engine refused the completion, also when the database restarts during the take-back', async () => {
    // Given a task, an engine that refuses its completion (a restart), and a database that is shutting
    // down at the moment the completion is taken back (they share one PostgreSQL)
    const { task } = await newTask();
    const shuttingDown = Object.assign(new Error('Raw query failed. Code: `57P03`. Message: `the database system is shutting down`'), { code: 'P2010', meta: { code: '57P03' } });
    const engineAway = jest.spyOn(subject.engine, 'completeUserTask').mockImplementationOnce(async () => {
      jest.spyOn(subject.prisma, '$transaction').mockRejectedValueOnce(shuttingDown);
      throw new EngineError(EngineErrorCode.Unavailable, 'Complete user task: fetch failed ECONNREFUSED');
    });

    // When the chair completes it through the task list
    const response = await api().post(`/api/tasks/${task.id}/completion`).set(as(chair)).send({ reportApproved: true });
    engineAway.mockRestore();
    jest.restoreAllMocks();

    // Then the chair is told to try again, and the task is open again in the task list, as in the engine, without the submission
    expect(response.status).toBe(503);
    await expect(subject.history.userTaskOutcome(task.engineKey)).resolves.toMatchObject({ state: 'OPEN' });
    expect(await subject.prisma.userTask.findUniqueOrThrow({ select: { state: true }, where: { id: task.id } })).toEqual({ state: 'OPEN' });
    expect(await subject.prisma.taskFormSubmission.count({ where: { taskId: task.id } })).toBe(0);
    expect(await subject.prisma.userTaskEvent.count({ where: { actorId: chair.id, kind: 'COMPLETED', taskId: task.id } })).toBe(0);
  });

  it('names each wrong field of a form and changes nothing', async () => {
    // Given a task
    const { task } = await newTask();

    // When the chair withholds approval without saying what must change, and adds a field the form lacks
    const wrong = await api().post(`/api/tasks/${task.id}/completion`).set(as(chair)).send({ reportApproved: false, shoeSize: 42 });

    // Then a 400 names both fields, and the task is still open and free
    expect(wrong.status).toBe(400);
    expect([...new Set(wrong.body.problems.map((problem: { field: string }) => problem.field))].sort()).toEqual(['reportText', 'shoeSize']);
    const row = await subject.prisma.userTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(row).toMatchObject({ assigneeId: null, state: 'OPEN' });

    // And a value of the wrong type is named as well
    const typed = await api().post(`/api/tasks/${task.id}/completion`).set(as(chair)).send({ reportApproved: 'ja' });
    expect(typed.body.problems).toEqual([{ field: 'reportApproved', reason: 'reportApproved must be a boolean value' }]);
  });

  it('lets a chair or secretary give a task to a colleague of its role, and nobody else', async () => {
    // Given a free chair task
    const { task } = await newTask();

    // When the secretary gives it to the second chair
    const given = await api().post(`/api/tasks/${task.id}/assignment`).set(as(secretary)).send({ assigneeId: secondChair.id }).expect(200);

    // Then it is the second chair's, in the engine too, with the secretary as actor in its history
    expect(given.body.assignee).toEqual({ displayName: secondChair.displayName, id: secondChair.id });
    const mine = await api().get('/api/tasks').query({ queue: 'mine' }).set(as(secondChair)).expect(200);
    expect(mine.body.items.map((item: { id: string }) => item.id)).toContain(task.id);
    const detail = await api().get(`/api/tasks/${task.id}`).set(as(chair)).expect(200);
    expect(detail.body.history.map((entry: { actor: { id: string } | null; assignee: { id: string } | null; kind: string }) => [entry.kind, entry.actor?.id ?? null, entry.assignee?.id ?? null])).toEqual([
      ['CREATED', null, null],
      ['ASSIGNED', secretary.id, secondChair.id],
    ]);

    // And the first chair can neither claim nor complete it, and is told who has it
    const claimed = await api().post(`/api/tasks/${task.id}/claim`).set(as(chair));
    expect(claimed.status).toBe(409);
    expect(claimed.body).toMatchObject({ code: 'TASK_CLAIMED_BY_OTHER', details: { assignee: { id: secondChair.id } } });

    // And a colleague without the task's role cannot receive it, and a referrer cannot assign at all
    const notEligible = await api().post(`/api/tasks/${task.id}/assignment`).set(as(chair)).send({ assigneeId: secretary.id });
    expect(notEligible.status).toBe(422);
    const notAllowed = await api().post(`/api/tasks/${task.id}/assignment`).set(as(referrer)).send({ assigneeId: chair.id });
    expect(notAllowed.status).toBe(403);

    // And the second chair gives it back, after which the first chair may take it
    await api().post(`/api/tasks/${task.id}/unclaim`).set(as(secondChair)).expect(200);
    await api().post(`/api/tasks/${task.id}/claim`).set(as(chair)).expect(200);
  });

  it('hides a task of another region as if it did not exist, and audits the attempt', async () => {
    // Given a task of this region
    const { caseId, task } = await newTask();

    // When a chair of another region opens, claims or completes it
    const responses = await Promise.all([
      api().get(`/api/tasks/${task.id}`).set(as(otherRegionChair)),
      api().post(`/api/tasks/${task.id}/claim`).set(as(otherRegionChair)),
      api().post(`/api/tasks/${task.id}/completion`).set(as(otherRegionChair)).send({ reportApproved: true }),
    ]);

    // Then every answer is the same 404 as for a task that does not exist
    for (const response of responses) expect(response.body).toMatchObject({ code: 'TASK_NOT_FOUND', statusCode: 404 });
    const missing = await api().get('/api/tasks/00000000-0000-4000-8000-000000000000').set(as(otherRegionChair));
    expect(missing.body).toMatchObject({ code: 'TASK_NOT_FOUND', statusCode: 404 });

    // And each refusal is in the audit log
    const denied = await subject.prisma.auditEvent.findMany({ where: { actorId: otherRegionChair.id, caseId, outcome: 'DENIED' } });
    expect(denied.map((event) => event.action).sort()).toEqual(['CLAIM_TASK', 'COMPLETE_TASK', 'READ_TASK']);

    // And the task stays open and free
    expect(await subject.prisma.userTask.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ assigneeId: null, state: 'OPEN' });
  });

  it('shows the task with its form, what the user may do, and audits the read', async () => {
    // Given a task
    const { caseId, task } = await newTask();

    // When the chair opens it
    const detail = await api().get(`/api/tasks/${task.id}`).set(as(chair)).expect(200);

    // Then it carries its form, the actions the chair may take, and colleagues to give it to
    expect(detail.body).toMatchObject({ case: { id: caseId }, dueStatus: 'ON_TIME', form: { key: 'jbt:report-approval' }, name: 'Verslag goedkeuren', state: 'OPEN' });
    expect(detail.body.actions.sort()).toEqual(['assign', 'claim', 'complete']);
    expect(detail.body.assignableTo.map((person: { id: string }) => person.id).sort()).toEqual([chair.id, secondChair.id].sort());
    expect(detail.body.form.fields.map((field: { name: string }) => field.name)).toEqual(['reportApproved', 'reportText']);

    // And the read is in the audit log
    expect(await subject.prisma.auditEvent.count({ where: { action: 'READ_TASK', actorId: chair.id, caseId, outcome: 'ALLOWED' } })).toBe(1);
  });
});
