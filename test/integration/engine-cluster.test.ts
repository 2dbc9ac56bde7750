import { join } from 'node:path';
import { toJdbc } from '../../src/database/database-urls';
import { defaultCacheDir } from '../../src/engine/runtime/engine-build';
import { LocalEngine } from '../../src/engine/runtime/local-engine';
import { pickFreePorts } from '../../src/runtime/ports';
import { deployPlannedProcess, expectPlannedEffectsOnce, startPlannedInstance } from '../factories/planned-instance.factory';
import { createRegion, TestRegion } from '../factories/region.factory';
import { eventually } from '../support/eventually';
import { harnessEnvironment, harnessInfo } from '../support/test-environment';
import { startTestApp, TestApp } from '../support/test-app';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';

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
    await deployPlannedProcess(subject);
    workers.push(...(await Promise.all([1, 2].map(() => startWorkerProcess({ SMTP_HOST: '127.0.0.1', SMTP_PORT: '9' }, 90_000, { restUrls })))));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await subject?.close();
    await Promise.all(nodes.map((node) => node.stop()));
  });

  /** A case with a free slot of its own, started on whichever node takes commands. */
  const startCase = () => startPlannedInstance(subject, region);
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

    // And every effect happened once: two deadlines and one meeting per case, one exactly-once row and one completion per job
    await expectPlannedEffectsOnce(subject, cases);
    process.stdout.write(`[cluster] 24 cases on two nodes, node A killed after ${cases.length / 2} had started; all finished ${recoveredAfterMs} ms after the kill\n`);
  }, 240_000);
});
