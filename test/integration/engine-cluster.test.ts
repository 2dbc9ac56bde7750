import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJdbc } from '../../src/database/database-urls';
import { defaultCacheDir } from '../../src/engine/runtime/engine-build';
import { LocalEngine } from '../../src/engine/runtime/local-engine';
import { pickFreePorts } from '../../src/runtime/ports';
import { createMonitoredCase } from '../factories/monitored-case.factory';
import { createRegion, TestRegion } from '../factories/region.factory';
import { eventually } from '../support/eventually';
import { harnessEnvironment, harnessInfo } from '../support/test-environment';
import { startTestApp, TestApp } from '../support/test-app';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';

const PROCESS_ID = 'test-exactly-once-planning';

/**
 * Operaton's cluster mode: several engine nodes on one database. Two nodes of our own (beside the
 * run's), two worker processes polling both, and one node killed while cases run: every case must
 * finish and every effect happen once.
 */
describe('Two engine nodes on one database', () => {
  const nodes: LocalEngine[] = [];
  const workers: WorkerProcess[] = [];
  let subject: TestApp;
  let region: TestRegion;
  let restUrls: string[];

  beforeAll(async () => {
    // Given nodes A and B on the run's engine database
    const info = harnessInfo();
    const env = harnessEnvironment();
    const ports = await pickFreePorts(2);
    const started = await Promise.all(
      ['a', 'b'].map((name, index) => {
        const node = new LocalEngine({
          cacheDir: env.ENGINE_CACHE_DIR ?? defaultCacheDir(),
          dataDir: join(env.DATA_DIR, 'cluster'),
          database: toJdbc(info.engine.databaseUrl),
          host: '127.0.0.1',
          javaHome: env.JAVA_HOME,
          javaOpts: env.ENGINE_JAVA_OPTS,
          nodeName: `cluster-node-${name}`,
          port: ports[index],
          startTimeoutSeconds: env.ENGINE_START_TIMEOUT_SECONDS,
          testClock: false,
          token: info.engine.token,
        });
        nodes.push(node);
        return node.start();
      }),
    );
    restUrls = started.map((node) => node.restUrl);
    // And the service's commands and two worker processes on both
    subject = await startTestApp({ RUN_WORKERS: 'false' }, { restUrls });
    region = await createRegion(subject.prisma);
    await subject.engine.deploy([{ content: readFileSync(join(__dirname, '..', 'fixtures', 'exactly-once-planning.bpmn')), name: `${PROCESS_ID}.bpmn` }]);
    workers.push(...(await Promise.all([1, 2].map(() => startWorkerProcess({ SMTP_HOST: '127.0.0.1', SMTP_PORT: '9' }, 90_000, { restUrls })))));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await subject?.close();
    await Promise.all(nodes.map((node) => node.stop()));
  });

  /** A case with a free slot of its own, started on whichever node takes commands. */
  const startCase = async () => {
    const caseId = (await createMonitoredCase(subject.prisma, region, { referredAt: new Date() })).id;
    const startsAt = new Date(Date.now() + (5 + Math.random() * 5) * 24 * 3600_000);
    const slot = await subject.prisma.meetingSlot.create({ data: { endsAt: new Date(startsAt.getTime() + 3_600_000), startsAt, tableId: region.tableId } });
    const instance = await subject.engine.createInstance(PROCESS_ID, {
      caseId, normCountsWorkingDays: false, normDays: 14, proposedSlotId: slot.id, referralDate: new Date().toISOString(), regionId: region.id, tableId: region.tableId,
    });
    return { caseId, key: instance.processInstanceKey };
  };
  const finished = (keys: string[]) => subject.history.searchProcessInstances({ keys }).then((rows) => rows.filter((row) => row.state === 'COMPLETED').length);

  it('finishes every case and does every effect once when a node dies while cases run', async () => {
    // When twelve cases start, and node A is killed once a few have finished
    const cases = await Promise.all(Array.from({ length: 12 }, () => startCase()));
    await eventually(() => finished(cases.map((one) => one.key)), (count) => count >= 3, 'the first cases to finish', 60_000);
    nodes[0].kill();
    const killedAt = Date.now();
    // And twelve more start while only node B answers
    cases.push(...(await Promise.all(Array.from({ length: 12 }, () => startCase()))));

    // Then every case finishes
    await eventually(() => finished(cases.map((one) => one.key)), (count) => count === cases.length, 'every case to finish', 120_000);
    const recoveredAfterMs = Date.now() - killedAt;

    // And every effect happened once: two deadlines and one meeting per case, one exactly-once row per job
    const caseIds = cases.map((one) => one.caseId);
    const deadlines = await subject.prisma.deadline.groupBy({ _count: true, by: ['caseId'], where: { caseId: { in: caseIds } } });
    expect(deadlines.map((row) => row._count)).toEqual(caseIds.map(() => 2));
    const meetings = await subject.prisma.meeting.groupBy({ _count: true, by: ['caseId'], where: { caseId: { in: caseIds } } });
    expect(meetings.map((row) => row._count)).toEqual(caseIds.map(() => 1));
    expect(await subject.prisma.jobEffect.count({ where: { processInstanceKey: { in: cases.map((one) => one.key) } } })).toBe(2 * cases.length);
    // And each job was completed once in the engine
    const completions = (await subject.history.jobLog(cases.map((one) => one.key))).filter((entry) => entry.state === 'COMPLETED');
    expect(completions).toHaveLength(2 * cases.length);
    process.stdout.write(`[cluster] 24 cases on two nodes, node A killed after ${cases.length / 2} had started; all finished ${recoveredAfterMs} ms after the kill\n`);
  }, 240_000);
});
