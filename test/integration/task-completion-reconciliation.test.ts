import request, { Response } from 'supertest';
import { EngineError, EngineErrorCode } from '../../src/engine/engine.errors';
import { Role } from '../../src/generated/prisma/enums';
import { CompletionReconciler } from '../../src/tasks/completion-reconciler.service';
import { createCase, createRegionWorld, createUser, deployFixture, RegionWorld, startCaseProcess, TestUser } from '../factories/task-list.factory';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * A completion commits in the task list before it reaches the engine. When the service stops on the
 * way (or the engine's answer is lost and taking the completion back fails too), the task is closed in
 * the list and open in the engine: the reconciliation settles it with the engine, exactly once.
 */
describe('Settling task completions the engine never confirmed', () => {
  let subject: TestApp;
  let reconciler: CompletionReconciler;
  let world: RegionWorld;
  let chair: TestUser;
  let referrer: TestUser;

  const api = () => request(subject.app.getHttpServer());
  const as = (user: TestUser) => ({ Authorization: `Bearer ${user.token}` });

  beforeAll(async () => {
    subject = await startTestApp();
    reconciler = subject.app.get(CompletionReconciler);
    await deployFixture(subject.engine, 'task-handoff.bpmn');
    world = await createRegionWorld(subject.prisma, 'Regio afstemming');
    chair = await createUser(subject.app, world, [Role.CHAIR], 'Voorzitter');
    referrer = await createUser(subject.app, world, [Role.LOCAL_TEAM], 'Verzoeker');
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => subject.close());

  async function newTask() {
    const filed = await createCase(subject.prisma, world, referrer);
    return startCaseProcess(subject.app, filed.id, 'test-task-handoff');
  }

  /**
   * The chair's completion commits in the task list, and then stalls before it reaches the engine, as
   * if the service stopped there. `release` lets it go on to the engine, late; `answer` is what the
   * chair is told then.
   */
  async function completionStalledOnTheWay(taskId: string) {
    const complete = subject.engine.completeUserTask.bind(subject.engine);
    let release!: () => void;
    const stalled = new Promise<void>((resolve) => (release = resolve));
    jest.spyOn(subject.engine, 'completeUserTask').mockImplementationOnce(async (key, variables) => {
      await stalled;
      return complete(key, variables);
    });
    const answer: Promise<Response> = api()
      .post(`/api/tasks/${taskId}/completion`)
      .set(as(chair))
      .send({ reportApproved: false, reportText: 'De afspraken over school ontbreken.' })
      .then((response) => response);
    await eventually(() => subject.prisma.userTask.findUniqueOrThrow({ where: { id: taskId } }), (row) => row.state === 'COMPLETED', 'the completion committed in the task list');
    return { answer, release };
  }

  /** The submission was made longer ago than a completion in flight may take to settle itself. */
  async function submittedLongAgo(taskId: string) {
    await subject.prisma.$executeRaw`UPDATE task_form_submission SET submitted_at = submitted_at - interval '10 minutes' WHERE task_id = ${taskId}::uuid`;
  }

  const submissionOf = (taskId: string) => subject.prisma.taskFormSubmission.findUnique({ where: { taskId } });

  it('delivers a completion that never reached the engine, once, and the late original changes nothing', async () => {
    // Given a task whose completion committed in the list and stalled before the engine
    const { instance, task } = await newTask();
    const { answer, release } = await completionStalledOnTheWay(task.id);

    // When the reconciliation runs while the completion is still young
    await reconciler.sweep();

    // Then it leaves it alone: the completion in flight may still settle it itself
    await expect(subject.history.userTaskOutcome(task.engineKey)).resolves.toMatchObject({ state: 'OPEN' });
    expect(await submissionOf(task.id)).toMatchObject({ engineConfirmedAt: null });

    // When the completion is older than that, and the reconciliation runs
    await submittedLongAgo(task.id);
    await reconciler.sweep();

    // Then the engine has completed the task with what the chair submitted, and the process went on
    await expect(subject.history.userTaskOutcome(task.engineKey)).resolves.toMatchObject({ state: 'COMPLETED' });
    const next = await eventually(
      () => subject.prisma.userTask.findFirst({ where: { processInstanceKey: instance.processInstanceKey, state: 'OPEN' } }),
      (row) => row !== null,
      'the next task of the process in the task list',
    );
    expect(next?.elementId).toBe('confirm-participants');
    // And the submission is kept and confirmed, the task completed once in the chair's name
    const submission = await submissionOf(task.id);
    expect(submission?.engineConfirmedAt).toBeInstanceOf(Date);
    expect(submission?.texts).toMatchObject({ reportText: 'De afspraken over school ontbreken.' });
    expect(await subject.prisma.userTask.findUniqueOrThrow({ select: { state: true }, where: { id: task.id } })).toEqual({ state: 'COMPLETED' });
    expect(await subject.prisma.userTaskEvent.count({ where: { actorId: chair.id, kind: 'COMPLETED', taskId: task.id } })).toBe(1);
    // And the audit says the reconciliation delivered it on the chair's behalf
    const audited = await subject.prisma.auditEvent.findMany({ where: { actorId: 'system:completion-reconciler', onBehalfOf: chair.id } });
    expect(audited.map((row) => row.details)).toContainEqual({ reconciled: 'delivered', taskId: task.id });

    // When the stalled completion reaches the engine after all
    release();
    const late = await answer;

    // Then the engine refuses the task it no longer has, and nothing of the delivered completion is taken back
    expect(late.status).toBe(409);
    expect(await submissionOf(task.id)).toMatchObject({ taskId: task.id });
    expect(await subject.prisma.userTask.findUniqueOrThrow({ select: { state: true }, where: { id: task.id } })).toEqual({ state: 'COMPLETED' });
    expect(await subject.prisma.userTaskEvent.count({ where: { kind: 'COMPLETED', taskId: task.id } })).toBe(1);
  });

  it('records a completion the engine made when only its confirmation was lost, without completing again', async () => {
    // Given a task completed through the task list, whose confirmation was lost (the database restarted at that moment)
    const { task } = await newTask();
    await api().post(`/api/tasks/${task.id}/completion`).set(as(chair)).send({ reportApproved: true }).expect(200);
    await subject.prisma.taskFormSubmission.update({ data: { engineConfirmedAt: null }, where: { taskId: task.id } });
    await submittedLongAgo(task.id);
    const engineCalls = jest.spyOn(subject.engine, 'completeUserTask');

    // When the reconciliation runs
    await reconciler.sweep();

    // Then the completion is confirmed as the engine has it, and the engine was not asked again
    expect((await submissionOf(task.id))?.engineConfirmedAt).toBeInstanceOf(Date);
    expect(engineCalls).not.toHaveBeenCalled();
    expect(await subject.prisma.userTask.findUniqueOrThrow({ select: { state: true }, where: { id: task.id } })).toEqual({ state: 'COMPLETED' });
  });

  it('closes as cancelled a task its process ended before the completion arrived, keeping what was submitted', async () => {
    // Given a stalled completion, and the case's process ended meanwhile (the case withdrawn)
    const { instance, task } = await newTask();
    const { answer, release } = await completionStalledOnTheWay(task.id);
    await subject.engine.cancelInstance(instance.processInstanceKey, 'Verzoek ingetrokken');
    await submittedLongAgo(task.id);

    // When the reconciliation runs, twice
    await reconciler.sweep();
    await reconciler.sweep();

    // Then the task is closed as cancelled, as in the engine, once; the submission stays as the record of what was submitted
    const row = await subject.prisma.userTask.findUniqueOrThrow({ include: { events: true }, where: { id: task.id } });
    expect(row.state).toBe('CANCELED');
    expect(row.completedAt).toBeNull();
    expect(row.events.filter((event) => event.kind === 'CANCELED')).toHaveLength(1);
    expect(await submissionOf(task.id)).toMatchObject({ engineConfirmedAt: null, texts: { reportText: 'De afspraken over school ontbreken.' } });

    // When the stalled completion arrives late
    release();
    const late = await answer;

    // Then the chair is told the task is gone, and the reconciliation's result stands
    expect(late.status).toBe(409);
    expect(await subject.prisma.userTask.findUniqueOrThrow({ select: { state: true }, where: { id: task.id } })).toEqual({ state: 'CANCELED' });
    expect(await subject.prisma.userTaskEvent.count({ where: { kind: 'CANCELED', taskId: task.id } })).toBe(1);
    expect(await submissionOf(task.id)).not.toBeNull();
  });

  it('opens the task again when the engine refuses the stored completion while the task is open', async () => {
    // Given a stalled completion whose stored submission the engine refuses when it is delivered
    const { task } = await newTask();
    const { answer, release } = await completionStalledOnTheWay(task.id);
    await submittedLongAgo(task.id);
    jest.spyOn(subject.engine, 'completeUserTask').mockRejectedValueOnce(new EngineError(EngineErrorCode.Rejected, 'Complete user task: Unknown property used in expression'));

    // When the reconciliation runs
    await reconciler.sweep();

    // Then the task is open again for the chair to do, without the refused submission, and the refusal is audited
    await expect(subject.history.userTaskOutcome(task.engineKey)).resolves.toMatchObject({ state: 'OPEN' });
    expect(await subject.prisma.userTask.findUniqueOrThrow({ select: { state: true }, where: { id: task.id } })).toEqual({ state: 'OPEN' });
    expect(await submissionOf(task.id)).toBeNull();
    expect(await subject.prisma.userTaskEvent.count({ where: { kind: 'COMPLETED', taskId: task.id } })).toBe(0);
    const audited = await subject.prisma.auditEvent.findMany({ where: { actorId: 'system:completion-reconciler', outcome: 'FAILED' } });
    expect(audited.map((row) => row.details)).toContainEqual({ code: EngineErrorCode.Rejected, reconciled: 'refused', taskId: task.id });

    // (The stalled original is let go, so that the run ends with no request open.)
    release();
    await answer;
  });
});
