/**
 * A worker process of the run, as `RUN_WORKERS=true RUN_API=false` starts one in production: the
 * application on the harness's broker and database, streaming jobs and nothing else. Started by
 * test/support/worker-process.ts with the TypeScript hook of test/bench; extra environment keys come
 * in JBT_WORKER_ENV (JSON), other engine nodes to poll in JBT_WORKER_ENGINE (JSON, a cluster test). Prints a line when its workers stream, and stops cleanly on SIGTERM.
 */
import 'reflect-metadata';
import { EngineConnection } from '../../src/engine/engine-connection';
import { createApp } from '../../src/http/create-app';
import { harnessEnvironment, harnessInfo } from './test-environment';

const READY_LINE = 'JBT WORKER PROCESS READY';

async function main(): Promise<void> {
  const info = harnessInfo();
  const overrides = JSON.parse(process.env.JBT_WORKER_ENV ?? '{}') as Record<string, string>;
  const engine = JSON.parse(process.env.JBT_WORKER_ENGINE ?? '{}') as Partial<EngineConnection>;
  const env = harnessEnvironment({ RUN_API: 'false', RUN_WEB: 'false', RUN_WORKERS: 'true', ...overrides });
  const app = await createApp(env, { databaseUrl: info.databaseUrl, engine: { ...info.engine, ...engine } });
  await app.init();
  process.stdout.write(`${READY_LINE} ${process.pid}\n`);
  process.once('SIGTERM', () => {
    void app.close().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
