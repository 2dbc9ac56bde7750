import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDatabase, toJdbc, withDatabase } from '../../src/database/database-urls';
import { defaultCacheDir } from '../../src/engine/runtime/engine-build';
import { engineVersion, LocalEngine, LocalEngineOptions } from '../../src/engine/runtime/local-engine';
import { pickFreePorts } from '../../src/runtime/ports';
import { isAlive, waitForExit } from '../../src/runtime/process-tree';
import { eventually } from '../support/eventually';
import { harnessEnvironment, harnessInfo } from '../support/test-environment';

const ROOT = join(__dirname, '..', '..');

/** A node on a database of its own, in a data folder of its own, as a fresh service would start it. */
async function nodeOptions(dataDir = mkdtempSync(join(tmpdir(), 'jbt-local-engine-'))): Promise<LocalEngineOptions> {
  const env = harnessEnvironment();
  const databaseUrl = withDatabase(harnessInfo().databaseUrl, `operaton_runtime_${randomUUID().slice(0, 8)}`);
  await ensureDatabase(databaseUrl);
  const [port] = await pickFreePorts(1);
  return {
    cacheDir: env.ENGINE_CACHE_DIR ?? defaultCacheDir(),
    dataDir,
    database: toJdbc(databaseUrl),
    host: '127.0.0.1',
    javaHome: env.JAVA_HOME,
    javaOpts: env.ENGINE_JAVA_OPTS,
    nodeName: 'runtime-test',
    port,
    startTimeoutSeconds: env.ENGINE_START_TIMEOUT_SECONDS,
    testClock: false,
    token: randomUUID() + randomUUID(),
  };
}

/** Starts a stand-in service process that runs an engine node, and resolves with both pids once it answers. */
function serviceWithEngine(options: LocalEngineOptions): Promise<{ child: ChildProcess; enginePid: number }> {
  const child = spawn(process.execPath, ['-r', join(ROOT, 'test', 'bench', 'register-typescript.js'), join(ROOT, 'test', 'support', 'local-engine-main.ts')], {
    cwd: ROOT,
    env: { ...process.env, JBT_LOCAL_ENGINE: JSON.stringify(options) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No engine after 120 s:\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ENGINE READY (\d+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve({ child, enginePid: Number(ready[1]) });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`The service stand-in ended (${code}) before its engine answered:\n${output}`)));
  });
}

describe('The local engine runtime', () => {
  it('stops the engine when the service is killed with -9, and a new start finds nothing left over', async () => {
    // Given a service process running an engine node
    const options = await nodeOptions();
    const { child, enginePid } = await serviceWithEngine(options);
    expect(await engineVersion(`http://127.0.0.1:${options.port}/engine-rest`, options.token)).toBe('1.0.3');

    // When the service is killed without a chance to stop anything
    child.kill('SIGKILL');

    // Then the guardian stops the engine, and a new node starts on the same folder and port
    expect(await waitForExit(enginePid, 30_000)).toBe(true);
    const again = new LocalEngine(options);
    await again.start();
    await again.stop();
  }, 240_000);

  it('stops an engine an earlier, crashed run left running on its data folder before it starts', async () => {
    // Given an engine node whose service vanished without the guardian (the pid file is all that is left)
    const options = await nodeOptions();
    const orphan = new LocalEngine(options);
    await orphan.start();
    const orphanPid = orphan.pid!;

    // When a new service starts a node on the same data folder, on another port
    const [port] = await pickFreePorts(1);
    const next = new LocalEngine({ ...options, port });
    const running = await next.start();

    // Then the orphan is gone and the new node answers with the token only
    expect(isAlive(orphanPid)).toBe(false);
    expect(await engineVersion(running.restUrl, options.token)).toBe(running.version);
    expect(await engineVersion(running.restUrl, 'a-wrong-token-of-more-than-thirty-two-characters')).toBeUndefined();
    await next.stop();
    await eventually(async () => engineVersion(running.restUrl, options.token), (version) => version === undefined, 'the node to be stopped');
  }, 240_000);
});
