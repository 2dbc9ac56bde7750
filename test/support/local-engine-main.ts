/**
 * A stand-in for the service process in the runtime tests: starts one local engine node with the
 * options in JBT_LOCAL_ENGINE (JSON), prints its pid, and waits to be killed. Started by
 * test/integration/local-engine.test.ts with the TypeScript hook of test/bench.
 */
import 'reflect-metadata';
import { LocalEngine, LocalEngineOptions } from '../../src/engine/runtime/local-engine';

async function main(): Promise<void> {
  const engine = new LocalEngine(JSON.parse(process.env.JBT_LOCAL_ENGINE ?? '{}') as LocalEngineOptions);
  await engine.start();
  process.stdout.write(`ENGINE READY ${engine.pid}\n`);
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
