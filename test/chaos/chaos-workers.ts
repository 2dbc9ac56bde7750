import { startWorkerProcess, WorkerProcess } from '../support/worker-process';
import { log } from './chaos-log';

/**
 * The worker processes of the run, as production runs them apart from the API: separate Node
 * processes with RUN_WORKERS=true RUN_API=false (test/support/worker-process.ts), on the run's
 * database and engine (HARNESS_KEY in this process's environment says where). A killed one is
 * started again, as a process supervisor would.
 */
export class WorkerPool {
  private readonly workers: WorkerProcess[] = [];
  private readonly ended: string[] = [];

  constructor(private readonly size: number) {}

  async start(): Promise<void> {
    this.workers.push(...(await Promise.all(Array.from({ length: this.size }, () => startWorkerProcess({}, 180_000)))));
    log(`${this.size} worker processes ready (pids ${this.workers.map((worker) => worker.pid).join(', ')})`);
  }

  get pids(): number[] {
    return this.workers.map((worker) => worker.pid);
  }

  /** Kills one worker process with SIGKILL, as a crash would; resolves with its pid once it has gone. */
  async kill(index: number): Promise<number> {
    const [victim] = this.workers.splice(index % this.workers.length, 1);
    process.kill(victim.pid, 'SIGKILL');
    await victim.exited;
    this.ended.push(tail(victim.output()));
    return victim.pid;
  }

  /** Starts a worker process in place of a killed one; resolves when it fetches jobs. */
  async replace(): Promise<number> {
    const worker = await startWorkerProcess({}, 180_000);
    this.workers.push(worker);
    return worker.pid;
  }

  /** The last lines each worker process wrote (errors and warnings), the killed ones' first. */
  outputs(): string[] {
    return [...this.ended, ...this.workers.map((worker) => tail(worker.output()))];
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.stop()));
    for (const worker of this.workers) this.ended.push(tail(worker.output()));
    this.workers.length = 0;
  }
}

function tail(output: string): string {
  return output.split('\n').slice(-40).join('\n');
}
