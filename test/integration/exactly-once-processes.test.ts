import { hostname } from 'node:os';
import { deployPlannedProcess, expectPlannedEffectsOnce, startPlannedInstance } from '../factories/planned-instance.factory';
import { createRegion, TestRegion } from '../factories/region.factory';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';

/** The lock time of jbt.deadline.compute and jbt.slot.book (their @JobWorker timeoutMs). */
const JOB_TIMEOUT_MS = 15_000;

/**
 * The engine delivers a job at least once (design.md decision 9). These tests run the real workers in
 * separate Node processes, as production does, and prove that every effect happens once: when a
 * process dies between an effect's commit and the job's completion, and when two processes fetch
 * the same job types.
 */
describe('Effects happen once across worker processes', () => {
  let subject: TestApp;
  let region: TestRegion;
  const processes: WorkerProcess[] = [];
  const start = async (env: Record<string, string> = {}) => {
    const started = await startWorkerProcess({ SMTP_HOST: '127.0.0.1', SMTP_PORT: '9', ...env });
    processes.push(started);
    return started;
  };

  const plannedInstance = () => startPlannedInstance(subject, region);
  const completed = (key: string, timeoutMs: number) =>
    eventually(async () => (await subject.history.searchProcessInstances({ keys: [key] }))[0]?.state, (state) => state === 'COMPLETED', `instance ${key} to complete`, timeoutMs);

  beforeAll(async () => {
    // The test's own application runs no workers: only the worker processes do.
    subject = await startTestApp({ RUN_WORKERS: 'false' });
    region = await createRegion(subject.prisma);
    await deployPlannedProcess(subject);
  });
  afterAll(async () => {
    await Promise.all(processes.map((worker) => worker.stop()));
    await subject.close();
  });

  it('keeps one effect when a worker process is killed between the effect and the job’s completion, twice in a row', async () => {
    // Given an instance and a worker process that dies right after committing the deadlines of that case
    const planned = await plannedInstance();
    const first = await start({ JBT_TEST_CRASH_AFTER_EFFECT: `jbt.deadline.compute@${planned.caseId}` });

    // When it has died with SIGKILL, the deadlines are stored but the engine never heard of it
    await expect(first.exited).resolves.toBe('SIGKILL');
    expect(await subject.prisma.deadline.count({ where: { caseId: planned.caseId } })).toBe(3);

    // And a second process, which dies right after booking the slot, takes over once the job's lock expires
    const crashAt = Date.now();
    const second = await start({ JBT_TEST_CRASH_AFTER_EFFECT: `jbt.slot.book@${planned.caseId}` });
    await expect(second.exited).resolves.toBe('SIGKILL');
    const redeliveredAfterMs = Date.now() - crashAt;
    expect(await subject.prisma.meeting.count({ where: { caseId: planned.caseId } })).toBe(1);

    // And a third process finishes the route
    const third = await start();
    await completed(planned.key, 3 * JOB_TIMEOUT_MS);

    // Then each effect happened once: three deadlines (intake, norm, its early moment), one meeting in the slot, one exactly-once row per job
    expect(await subject.prisma.deadline.count({ where: { caseId: planned.caseId } })).toBe(3);
    const meetings = await subject.prisma.meeting.findMany({ where: { caseId: planned.caseId } });
    expect(meetings).toEqual([expect.objectContaining({ slotId: planned.slotId, status: 'PLANNED' })]);
    expect(await subject.prisma.jobEffect.count({ where: { processInstanceKey: planned.key } })).toBe(2);
    // And the engine got the answers of the effects that happened, not of a second try
    const variables = await subject.history.searchVariables({ processInstanceKeys: [planned.key] });
    expect(variables.find((variable) => variable.name === 'meetingId')?.value).toBe(JSON.stringify(meetings[0].id));
    const deadline = await subject.prisma.deadline.findFirstOrThrow({ where: { caseId: planned.caseId, kind: 'MEETING_NORM' } });
    expect(new Date(JSON.parse(variables.find((variable) => variable.name === 'planningDeadlineAt')!.value)).getTime()).toBe(deadline.dueAt.getTime());
    // And the jobs reached the surviving processes only after their locks had expired
    expect(redeliveredAfterMs).toBeGreaterThanOrEqual(JOB_TIMEOUT_MS - 1_000);
    const completions = (await subject.history.jobLog([planned.key])).filter((entry) => entry.state === 'COMPLETED');
    expect(completions.map(({ type, worker }) => ({ type, worker })).sort((a, b) => a.type.localeCompare(b.type))).toEqual([
      { type: 'jbt.deadline.compute', worker: `jbt-${hostname()}-${second.pid}` },
      { type: 'jbt.slot.book', worker: `jbt-${hostname()}-${third.pid}` },
    ]);
    await third.stop();
  }, 240_000);

  it('has one effect per job when two worker processes fetch the same job types', async () => {
    // Given two worker processes on the same task types
    const [one, two] = await Promise.all([start(), start()]);

    // When twenty instances each compute deadlines and book a slot
    const instances = await Promise.all(Array.from({ length: 20 }, () => plannedInstance()));
    const started = Date.now();
    await Promise.all(instances.map((instance) => completed(instance.key, 60_000)));
    const elapsedMs = Date.now() - started;

    // Then every case has exactly two deadlines and one meeting, and every job one exactly-once row and one completion
    await expectPlannedEffectsOnce(subject, instances);

    // And both processes did part of the work
    const completions = (await subject.history.jobLog(instances.map((instance) => instance.key))).filter((entry) => entry.state === 'COMPLETED');
    const byWorker: Record<string, number> = {};
    for (const { worker } of completions) byWorker[worker!] = (byWorker[worker!] ?? 0) + 1;
    expect(Object.keys(byWorker).sort()).toEqual([`jbt-${hostname()}-${one.pid}`, `jbt-${hostname()}-${two.pid}`].sort());
    process.stdout.write(`[exactly-once] 20 instances, 40 jobs over two worker processes in ${elapsedMs} ms: ${JSON.stringify(Object.values(byWorker))}\n`);
  }, 180_000);
});
