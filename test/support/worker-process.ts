import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { EngineConnection } from '../../src/engine/engine-connection';
import { HARNESS_KEY } from './test-environment';

const ROOT = join(__dirname, '..', '..');
const READY_LINE = 'JBT WORKER PROCESS READY';

/** A separate Node process running the application's job workers on the run's engine and database. */
export interface WorkerProcess {
  /** The process name its jobs carry in the engine (JobWorkerRegistry: jbt-<host>-<pid>). */
  pid: number;
  /** Resolves with the signal or exit code once the process has ended. */
  exited: Promise<NodeJS.Signals | number | null>;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts a worker process and waits until its workers stream jobs. `env` adds environment keys, e.g.
 * the test-only JBT_TEST_CRASH_AFTER_EFFECT; such a process may die before it says it is ready (a
 * job waiting for it is handled during start-up), so for it only the start is awaited. The
 * TypeScript hook of test/bench transpiles with decorator metadata, which Nest's injection needs and
 * tsx does not emit.
 */
export async function startWorkerProcess(env: Record<string, string> = {}, timeoutMs = 90_000, engine: Partial<EngineConnection> = {}): Promise<WorkerProcess> {
  const { JBT_TEST_CRASH_AFTER_EFFECT: crashAfter = '', ...appEnv } = env;
  const child: ChildProcess = spawn(process.execPath, ['-r', join(ROOT, 'test', 'bench', 'register-typescript.js'), join(ROOT, 'test', 'support', 'worker-process-main.ts')], {
    cwd: ROOT,
    env: { ...process.env, [HARNESS_KEY]: process.env[HARNESS_KEY], JBT_TEST_CRASH_AFTER_EFFECT: crashAfter, JBT_WORKER_ENGINE: JSON.stringify(engine), JBT_WORKER_ENV: JSON.stringify(appEnv) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  const mayCrash = crashAfter !== '';
  if (!mayCrash) await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Worker process not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = () => {
      if (output.includes(READY_LINE)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`Worker process ended (${how}) before it was ready:\n${output}`));
    });
  });
  return {
    exited,
    output: () => output,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const stopped = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 15_000))]);
      if (stopped === 'timeout') child.kill('SIGKILL');
      await exited;
    },
  };
}
